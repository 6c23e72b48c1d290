import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class RemoveRelationInput {
  @Field((_type) => ID)
  id!: string;
}
