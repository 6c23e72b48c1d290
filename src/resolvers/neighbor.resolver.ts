import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Entity } from '../entities/entity.interface';
import { Neighbor } from '../entities/neighbor.type';
import { Relation } from '../entities/relation.type';
import type { Context } from '../server/context';

@Resolver(() => Neighbor)
export class NeighborResolver {
  @FieldResolver(() => Entity)
  entity(@Root() neighbor: Neighbor, @Ctx() { loaders }: Context) {
    return loaders.entity.load(neighbor.entityId);
  }

  @FieldResolver(() => Relation, { description: 'The relation through which the walk first reached it.' })
  via(@Root() neighbor: Neighbor, @Ctx() { loaders }: Context) {
    return loaders.relation.load(neighbor.viaId);
  }
}
