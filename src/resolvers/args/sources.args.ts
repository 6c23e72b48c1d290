import { Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class SourcesArgs {
  @Field((_type) => Int, { description: 'How many sources, 1..100.' })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field((_type) => ID, { nullable: true, description: 'The id of the last source of the previous page.' })
  after?: string | null;
}
