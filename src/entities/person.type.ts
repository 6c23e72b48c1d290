import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { Node } from './node.interface';

@ObjectType({ simpleResolvers: true, implements: [Node, Entity] })
export class Person extends Entity {
  @Field({ description: 'True for an unnamed source, such as "a senior Ukrainian official".' })
  anonymous!: boolean;
}
