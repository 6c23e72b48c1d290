import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { NegotiationStatus } from './negotiation-status.enum';
import { Node } from './node.interface';

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Entity],
  description: 'Talks, an agreement, or attempts at one.',
})
export class Negotiation extends Entity {
  @Field((_type) => NegotiationStatus)
  status!: NegotiationStatus;

  @Field((_type) => [String], { description: 'What is on the table, as the source words it.' })
  topics!: string[];

  @Field((_type) => String, { nullable: true })
  outcome!: string | null;
}
