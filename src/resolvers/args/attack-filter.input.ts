import { Field, ID, InputType } from 'type-graphql';
import { Weapon } from '../../entities/weapon.enum';
import { EntityFilter } from './entity-filter.input';

@InputType()
export class AttackFilter extends EntityFilter {
  @Field((_type) => Weapon, { nullable: true })
  weapon?: Weapon;

  @Field((_type) => ID, { nullable: true, description: 'Only attacks that targeted this location.' })
  target?: string;
}
