import { DateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { Node } from './node.interface';
import { Weapon } from './weapon.enum';

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Entity],
  description: 'A strike or raid, with every number reported about it.',
})
export class Attack extends Entity {
  @Field((_type) => Weapon)
  weapon!: Weapon;

  @Field((_type) => DateResolver, { nullable: true, description: 'Null where the source gives no date.' })
  occurredOn!: string | null;

  @Field((_type) => String, { nullable: true, description: 'E.g. "overnight".' })
  timeOfDay!: string | null;

  @Field((_type) => [String], { description: 'Damage as the source words it.' })
  damage!: string[];
}
