import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from './user-error.type';

@ObjectType({ simpleResolvers: true })
export class DeletePayload {
  @Field((_type) => ID, { nullable: true, description: 'The id removed; null when refused.' })
  deletedId!: string | null;

  @Field((_type) => [UserError])
  userErrors!: UserError[];
}
