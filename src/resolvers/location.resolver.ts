import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Attack } from '../entities/attack.type';
import { LocationConnection } from '../entities/connections';
import { Direction } from '../entities/direction.enum';
import { EntityType } from '../entities/entity-type.enum';
import { LIST_BOUNDS } from '../entities/list-bounds';
import { Location } from '../entities/location.type';
import { Negotiation } from '../entities/negotiation.type';
import { Predicate } from '../entities/predicate.enum';
import { linkedEntities, linkedEntity } from '../loaders/linked-entities';
import type { Context } from '../server/context';
import type { LocationRecord } from '../store/records';
import { EntityListArgs } from './args/entity-list.args';
import { BoundedList, PagedBy } from './bounded-list';
import { listEntities } from './list-entities';

const { OUTGOING, INCOMING } = Direction;

@Resolver(() => Location)
export class LocationResolver {
  @Query((_returns) => LocationConnection)
  @PagedBy(EntityListArgs)
  locations(@Args() args: EntityListArgs, @Ctx() ctx: Context) {
    return listEntities(ctx, EntityType.LOCATION, args);
  }

  @FieldResolver(() => Location, { nullable: true })
  partOf(@Root() location: LocationRecord, @Ctx() { loaders }: Context) {
    return linkedEntity(loaders, location.id, OUTGOING, [Predicate.PART_OF], [EntityType.LOCATION]);
  }

  @BoundedList(() => [Location], LIST_BOUNDS.linked, 'Places that are part of it.')
  contains(@Root() location: LocationRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, location.id, INCOMING, [Predicate.PART_OF], [EntityType.LOCATION]);
  }

  @BoundedList(() => [Attack], LIST_BOUNDS.linked, 'Attacks that targeted it or took place there.')
  attacks(@Root() location: LocationRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, location.id, INCOMING, [Predicate.TARGETED, Predicate.OCCURRED_IN]);
  }

  @BoundedList(() => [Negotiation], LIST_BOUNDS.linked, 'Negotiations held there.')
  negotiations(@Root() location: LocationRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, location.id, OUTGOING, [Predicate.HOSTS]);
  }
}
