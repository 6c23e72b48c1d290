import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Sentence } from '../entities/sentence.type';
import { Source } from '../entities/source.type';
import type { Context } from '../server/context';
import type { SourceRecord } from '../store/records';

@Resolver(() => Source)
export class SourceResolver {
  @Query((_returns) => [Source], { description: 'Every source the graph was drawn from.' })
  sources(@Ctx() { store }: Context) {
    return store.listSources();
  }

  @FieldResolver(() => [Sentence], { description: 'The sentences evidence points into, in order.' })
  sentences(@Root() source: SourceRecord, @Ctx() { loaders }: Context) {
    return loaders.sentences.load(source.id);
  }
}
