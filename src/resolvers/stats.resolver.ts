import { Ctx, Query, Resolver } from 'type-graphql';
import { Stats } from '../entities/stats.type';
import type { Context } from '../server/context';

@Resolver()
export class StatsResolver {
  @Query((_returns) => Stats, {
    description: 'Counts of entities by type, relations by predicate, sources and figures.',
  })
  stats(@Ctx() { store }: Context) {
    return store.stats();
  }
}
