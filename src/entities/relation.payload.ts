import { Field, ObjectType } from 'type-graphql';
import { Relation } from './relation.type';
import { UserError } from './user-error.type';

@ObjectType({ simpleResolvers: true })
export class RelationPayload {
  @Field((_type) => Relation, { nullable: true, description: 'The relation as stored; null when refused.' })
  relation!: unknown;

  @Field((_type) => [UserError])
  userErrors!: UserError[];
}
