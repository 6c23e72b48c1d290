import { Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class DeleteEntityInput {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => Int, { description: 'The version read before deciding to delete.' })
  @Min(1)
  expectedVersion!: number;
}
