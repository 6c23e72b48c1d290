import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { Predicate } from './predicate.enum';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A cited statement "subject PREDICATE object".' })
export class Relation implements Node {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => Predicate)
  predicate!: Predicate;

  @Field((_type) => String, { nullable: true, description: 'E.g. "Mayor" on HOLDS_POSITION.' })
  role!: string | null;
}
