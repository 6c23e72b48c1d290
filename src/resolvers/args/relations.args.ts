import { ArgsType, Field } from 'type-graphql';
import { Direction } from '../../entities/direction.enum';
import { Predicate } from '../../entities/predicate.enum';
import { PageArgs } from './page.args';

@ArgsType()
export class RelationsArgs extends PageArgs {
  @Field((_type) => [Predicate], { nullable: true, description: 'Only these predicates; all when omitted.' })
  predicates?: Predicate[];

  @Field((_type) => Direction)
  direction: Direction = Direction.BOTH;
}
