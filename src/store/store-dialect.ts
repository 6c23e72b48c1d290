import type { Kysely, Migration } from 'kysely';
import type { Database } from './database';
import type { EntityRecord, NeighborQuery, NeighborRecord, SearchHit, SearchQuery } from './records';

export interface WalkQuery extends NeighborQuery {
  /** Most walk steps taken before the walk stops widening; nearest steps go first. */
  cap: number;
}

/**
 * What each database does its own way: full-text search and recursive walks. The portable
 * rest of the store is `KyselyGraphStore`, which takes one of these.
 */
export interface StoreDialect {
  /** Migrations only this dialect needs; merged with the portable ones in name order. */
  migrations: Record<string, Migration>;
  /** Adds entities to the full-text index, inside the transaction that stores them. */
  indexForSearch(db: Kysely<Database>, entities: EntityRecord[]): Promise<void>;
  /** Ranked hits, best first; words match by prefix, longer words also by small typos. */
  search(db: Kysely<Database>, query: SearchQuery): Promise<SearchHit[]>;
  /** `GraphStore.neighbors`, as a recursive query. */
  walk(db: Kysely<Database>, query: WalkQuery): Promise<NeighborRecord[]>;
}
