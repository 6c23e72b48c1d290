import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { Node } from './node.interface';
import { StatementKind } from './statement-kind.enum';

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Entity],
  description: 'Something a person, body or state said, claimed or reported.',
})
export class Statement extends Entity {
  @Field((_type) => StatementKind)
  kind!: StatementKind;

  @Field({ description: 'The quote verbatim, or the words of the paraphrase.' })
  text!: string;
}
