import type { KnownEntity } from './draft';

/**
 * The names the extractor links to: the stored graph's entities (names and aliases). Built once
 * per graph version by whoever holds the store, never per article.
 */
export class Gazetteer {
  private constructor(readonly known: readonly KnownEntity[]) {}

  static of(known: Iterable<KnownEntity>): Gazetteer {
    return new Gazetteer([...known]);
  }
}
