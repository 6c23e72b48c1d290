import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { LocationKind } from './location-kind.enum';
import { Node } from './node.interface';

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Entity],
  description: 'A place; a state acting in the news is its COUNTRY location.',
})
export class Location extends Entity {
  @Field((_type) => LocationKind)
  kind!: LocationKind;
}
