import { Field, ObjectType } from 'type-graphql';
import { Relation } from './relation.type';
import { UserError } from './user-error.type';

@ObjectType()
export class RelationPayload {
  @Field((_type) => Relation, { nullable: true, description: 'The relation as stored; null when refused.' })
  relation!: unknown;

  @Field((_type) => [UserError])
  userErrors!: UserError[];
}
