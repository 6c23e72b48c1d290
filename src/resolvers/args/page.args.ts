import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PageArgs {
  @Field((_type) => Int, { description: 'Page size, 1..100.' })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field((_type) => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}
