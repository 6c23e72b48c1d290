import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { Node } from './node.interface';
import { OrganizationKind } from './organization-kind.enum';

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Entity],
  description: 'A body: a ministry, armed force, delegation, administration.',
})
export class Organization extends Entity {
  @Field((_type) => OrganizationKind)
  kind!: OrganizationKind;
}
