import type { Kysely } from 'kysely';
import type { EntityType } from '../domain/entity-type';
import type { Predicate } from '../domain/predicate';
import type { Database } from './database';
import type { StatsRecord } from './records';

/** `GraphStore.stats`: entities by type, relations by predicate, sources and figures, counted. */
export async function storeStats(db: Kysely<Database>): Promise<StatsRecord> {
  const [entities, relations, sources, figures] = await Promise.all([
    db
      .selectFrom('entities')
      .select(['type', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('type')
      .orderBy('type')
      .execute(),
    db
      .selectFrom('relations')
      .select(['predicate', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('predicate')
      .orderBy('predicate')
      .execute(),
    db
      .selectFrom('sources')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('figures')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    entities: entities.map((r) => ({ type: r.type as EntityType, count: Number(r.count) })),
    relations: relations.map((r) => ({ predicate: r.predicate as Predicate, count: Number(r.count) })),
    sources: Number(sources.count),
    figures: Number(figures.count),
  };
}
