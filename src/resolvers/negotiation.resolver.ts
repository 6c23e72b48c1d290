import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { NegotiationConnection } from '../entities/connections';
import { Direction } from '../entities/direction.enum';
import { Entity } from '../entities/entity.interface';
import { EntityType } from '../entities/entity-type.enum';
import { LIST_BOUNDS } from '../entities/list-bounds';
import { Location } from '../entities/location.type';
import { Negotiation } from '../entities/negotiation.type';
import { Predicate } from '../entities/predicate.enum';
import { Statement } from '../entities/statement.type';
import { linkedEntities, linkedEntity } from '../loaders/linked-entities';
import type { Context } from '../server/context';
import type { NegotiationRecord } from '../store/records';
import { NegotiationListArgs } from './args/negotiation-list.args';
import { BoundedList, PagedBy } from './bounded-list';
import { listEntities } from './list-entities';

const { INCOMING } = Direction;

@Resolver(() => Negotiation)
export class NegotiationResolver {
  @Query((_returns) => NegotiationConnection)
  @PagedBy(NegotiationListArgs)
  negotiations(@Args() args: NegotiationListArgs, @Ctx() ctx: Context) {
    return listEntities(ctx, EntityType.NEGOTIATION, args);
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Where it is held.' })
  venue(@Root() negotiation: NegotiationRecord, @Ctx() { loaders }: Context) {
    return linkedEntity(loaders, negotiation.id, INCOMING, [Predicate.HOSTS]);
  }

  @BoundedList(() => [Entity], LIST_BOUNDS.linked, 'Who mediates it.')
  mediators(@Root() negotiation: NegotiationRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, negotiation.id, INCOMING, [Predicate.MEDIATES]);
  }

  @BoundedList(() => [Entity], LIST_BOUNDS.linked, 'Who takes part in it.')
  parties(@Root() negotiation: NegotiationRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, negotiation.id, INCOMING, [Predicate.PARTICIPATES_IN]);
  }

  @BoundedList(() => [Statement], LIST_BOUNDS.linked, 'Statements about it.')
  statements(@Root() negotiation: NegotiationRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, negotiation.id, INCOMING, [Predicate.ABOUT], [EntityType.STATEMENT]);
  }
}
