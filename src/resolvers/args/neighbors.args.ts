import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { EntityType } from '../../entities/entity-type.enum';
import { Predicate } from '../../entities/predicate.enum';

@ArgsType()
export class NeighborsArgs {
  @Field((_type) => Int, { description: 'How many relations away, 1..4.' })
  @Min(1)
  @Max(4)
  depth: number = 1;

  @Field((_type) => [EntityType], {
    nullable: true,
    description: 'Return only these types; the walk still passes through all.',
  })
  types?: EntityType[];

  @Field((_type) => [Predicate], { nullable: true, description: 'Walk only relations with these predicates.' })
  predicates?: Predicate[];
}
