import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RelationConnection } from '../entities/connections';
import { Entity } from '../entities/entity.interface';
import { Evidence } from '../entities/evidence.type';
import { LIST_BOUNDS } from '../entities/list-bounds';
import { Neighbor } from '../entities/neighbor.type';
import { loadAll } from '../loaders/batch';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import { toConnection } from '../pagination/to-connection';
import type { Context } from '../server/context';
import type { EntityRecord } from '../store/records';
import { NeighborsArgs } from './args/neighbors.args';
import { RelationsArgs } from './args/relations.args';
import { BoundedList, PagedBy } from './bounded-list';

const RELATION_CURSOR = 'relations';
/** The most entities one `neighbors` call returns, nearest first: the store's walk stops there. */
const NEIGHBOR_LIMIT = LIST_BOUNDS.neighbors;

/** Fields every entity type inherits from the `Entity` interface. */
@Resolver(() => Entity)
export class EntityResolver {
  @BoundedList(
    () => [Evidence],
    LIST_BOUNDS.mentions,
    'The places the sources name it, by source id, then in the order of its text.',
  )
  mentions(@Root() entity: EntityRecord, @Ctx() { loaders }: Context) {
    return loaders.evidence.load(entity.id);
  }

  @FieldResolver(() => RelationConnection, { description: 'Its cited relations, ordered by relation id.' })
  @PagedBy(RelationsArgs)
  async relations(
    @Root() entity: EntityRecord,
    @Args() { predicates, direction, first, after }: RelationsArgs,
    @Ctx() { loaders }: Context,
  ) {
    const afterId = after == null ? undefined : decodeCursor(after, RELATION_CURSOR, 1)[0];
    const page = await loaders.relationPage.load({ entityId: entity.id, predicates, direction, first, after: afterId });
    return toConnection(page, (r) => encodeCursor(RELATION_CURSOR, [r.id]), after != null);
  }

  @BoundedList(
    () => [Entity],
    NEIGHBOR_LIMIT,
    'Entities within `depth` relations, either way: nearest first, each once, never this one.',
  )
  async neighbors(
    @Root() entity: EntityRecord,
    @Args() { depth, types, predicates }: NeighborsArgs,
    @Ctx() { loaders }: Context,
  ) {
    const found = await loaders.neighbors.load({
      entityId: entity.id,
      depth,
      types,
      predicates,
      limit: NEIGHBOR_LIMIT,
    });
    const entities = await loadAll(
      loaders.entity,
      found.map((n) => n.entityId),
    );
    return entities.filter((e) => e !== null);
  }

  @BoundedList(
    () => [Neighbor],
    NEIGHBOR_LIMIT,
    "The same walk as `neighbors`, with each entity's distance and the relation that reached it, for drawing the graph.",
  )
  neighborhood(
    @Root() entity: EntityRecord,
    @Args() { depth, types, predicates }: NeighborsArgs,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.neighbors.load({ entityId: entity.id, depth, types, predicates, limit: NEIGHBOR_LIMIT });
  }
}
