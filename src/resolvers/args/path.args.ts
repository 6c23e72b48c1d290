import { Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class PathArgs {
  @Field((_type) => ID)
  from!: string;

  @Field((_type) => ID)
  to!: string;

  @Field((_type) => Int, { description: 'Most relations a path may have, 1..8.' })
  @Min(1)
  @Max(8)
  maxDepth: number = 6;
}

@ArgsType()
export class PathsArgs extends PathArgs {
  @Field((_type) => Int, { description: 'How many paths, shortest first, 1..5.' })
  @Min(1)
  @Max(5)
  first: number = 3;
}
