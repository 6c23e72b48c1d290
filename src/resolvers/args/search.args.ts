import { Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { EntityType } from '../../entities/entity-type.enum';

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Words to look for in names, aliases, descriptions and statements.' })
  @MinLength(1)
  @MaxLength(200)
  query!: string;

  @Field((_type) => [EntityType], { nullable: true })
  types?: EntityType[];

  @Field((_type) => Int, { description: 'How many results, 1..50.' })
  @Min(1)
  @Max(50)
  first: number = 10;
}
