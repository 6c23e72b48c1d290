import { EntityType } from '../domain/entity-type';
import type { GraphStore } from '../store/graph-store';
import type { EntityRecord } from '../store/records';
import type { KnownEntity } from '../extract/draft';

/** The types an article names by name; events and statements are not looked up by name. */
const NAMED = [EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION] as const;

/** Entities read a page at a time: a graph of 100,000 people is not one result set. */
const PAGE = 5_000;

/**
 * Every person, organization and location the store holds, as the extractor's gazetteer takes
 * them. The store's own paged list (name order), so no dialect needs a query of its own.
 */
export async function knownEntities(store: GraphStore): Promise<KnownEntity[]> {
  const known: KnownEntity[] = [];
  for (const type of NAMED) {
    let after: { name: string; id: string } | undefined;
    for (;;) {
      const page = await store.listEntities({ type, first: PAGE, after });
      for (const e of page.items) known.push(toKnown(e));
      const last = page.items.at(-1);
      if (!page.hasNextPage || !last) break;
      after = { name: last.name, id: last.id };
    }
  }
  return known;
}

function toKnown(e: EntityRecord): KnownEntity {
  const base = { id: e.id, type: e.type, name: e.name, aliases: e.aliases };
  if (e.type === EntityType.PERSON) return { ...base, anonymous: e.anonymous };
  if (e.type === EntityType.ORGANIZATION || e.type === EntityType.LOCATION) return { ...base, kind: e.kind };
  return base;
}
