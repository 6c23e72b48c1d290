import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Entity } from '../entities/entity.interface';
import { SearchResult } from '../entities/search-result.type';
import type { Context } from '../server/context';
import type { SearchHit } from '../store/records';
import { SearchArgs } from './args/search.args';
import { PagedBy } from './bounded-list';

@Resolver(() => SearchResult)
export class SearchResolver {
  @Query((_returns) => [SearchResult], {
    description:
      'Entities whose names, aliases, descriptions or statement words start with the query words, best first.',
  })
  @PagedBy(SearchArgs)
  search(@Args() { query, types, first }: SearchArgs, @Ctx() { store }: Context) {
    return store.search({ query, types, first });
  }

  @FieldResolver(() => Entity)
  entity(@Root() hit: SearchHit, @Ctx() { loaders }: Context) {
    return loaders.entity.load(hit.entityId);
  }
}
