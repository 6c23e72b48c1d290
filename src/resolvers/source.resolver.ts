import { Args, Ctx, Query, Resolver, Root } from 'type-graphql';
import { LIST_BOUNDS } from '../entities/list-bounds';
import { Sentence } from '../entities/sentence.type';
import { Source } from '../entities/source.type';
import { BadUserInputError } from '../errors/bad-user-input.error';
import { quoteInput } from '../errors/quote-input';
import type { Context } from '../server/context';
import type { SourceRecord } from '../store/records';
import { SourcesArgs } from './args/sources.args';
import { BoundedList, PagedBy } from './bounded-list';

@Resolver(() => Source)
export class SourceResolver {
  @Query((_returns) => [Source], {
    description: 'The sources the graph was drawn from, by id, a page of `first` at a time.',
  })
  @PagedBy(SourcesArgs)
  async sources(@Args() { first, after }: SourcesArgs, @Ctx() { store }: Context) {
    const sources = await store.listSources();
    // Resumed from the id itself, not by comparing ids: the database's order is the order.
    const start = after == null ? 0 : sources.findIndex((s) => s.id === after) + 1;
    if (start === 0 && after != null) throw new BadUserInputError('after', `no source has id ${quoteInput(after)}`);
    return sources.slice(start, start + first);
  }

  @BoundedList(() => [Sentence], LIST_BOUNDS.sentences, 'The sentences evidence points into, in order.')
  sentences(@Root() source: SourceRecord, @Ctx() { loaders }: Context) {
    return loaders.sentences.load(source.id);
  }
}
