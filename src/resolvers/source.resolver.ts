import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Sentence } from '../entities/sentence.type';
import { Source } from '../entities/source.type';
import type { Context } from '../server/context';
import type { SourceRecord } from '../store/records';
import { splitSentences } from '../text/sentences';

@Resolver(() => Source)
export class SourceResolver {
  @Query(_returns => [Source], { description: 'Every source the graph was drawn from.' })
  sources(@Ctx() { store }: Context) {
    return store.listSources();
  }

  @FieldResolver(() => [Sentence])
  sentences(@Root() source: SourceRecord): Sentence[] {
    return splitSentences(source.text).map((s, index) => ({ index, ...s, text: source.text.slice(s.start, s.end) }));
  }
}
