import type { Insertable, Kysely, Migration } from 'kysely';
import type { Database } from './database';
import type {
  EntityRecord,
  NeighborQuery,
  NeighborRecord,
  PathQuery,
  PathRecord,
  SearchHit,
  SearchQuery,
} from './records';

export interface WalkQuery extends NeighborQuery {
  /** Most walk steps taken before the walk stops widening; nearest steps go first. */
  cap: number;
}

/**
 * What each database does its own way: migrations, locks, full-text search and recursive
 * walks. The portable rest of the store is `KyselyGraphStore`, which takes one of these.
 */
export interface StoreDialect {
  /** Every migration, by name: the portable ones (`portableMigrations`) and the dialect's own. */
  migrations: Record<string, Migration>;
  /** Runs the migrations with other processes on the same database kept out. */
  withMigrationLock(db: Kysely<Database>, run: (db: Kysely<Database>) => Promise<void>): Promise<void>;
  /** Called first in every write transaction: writers of one database take turns. */
  lockWrites(trx: Kysely<Database>): Promise<void>;
  /**
   * Inserts rows into `table`, as many statements as the dialect needs, in order; with
   * `conflict` (a unique key's columns), a row whose key is stored already is skipped.
   */
  insertRows<T extends keyof Database>(
    db: Kysely<Database>,
    table: T,
    rows: readonly Insertable<Database[T]>[],
    conflict?: readonly (keyof Database[T] & string)[],
  ): Promise<void>;
  /** Adds entities to the full-text index, inside the transaction that stores them. */
  indexForSearch(db: Kysely<Database>, entities: EntityRecord[]): Promise<void>;
  /** Takes entities out of the full-text index (before they change or go); their vocabulary stays, harmless. */
  unindexForSearch(db: Kysely<Database>, ids: string[]): Promise<void>;
  /** Ranked hits, best first; words match by prefix, longer words also by small typos. */
  search(db: Kysely<Database>, query: SearchQuery): Promise<SearchHit[]>;
  /**
   * `column` matched against a list of ids bound as the statement's only parameter (made by
   * `listParameter`): one SQL text for any number of ids, so the hot lookups are written once
   * and their statements prepared once.
   */
  inList(column: string): string;
  listParameter(ids: readonly string[]): unknown;
  /**
   * A list of pairs bound as parameter `position` (1-based, made by `pairsParameter`), as a
   * table to join from, with columns `first_key` and `second_key`: one SQL text for any number
   * of pairs, each then looked up through an index on the columns it is joined to.
   */
  pairsTable(position: number): string;
  pairsParameter(pairs: readonly (readonly [string, string])[]): unknown;
  /** `GraphStore.neighbors`: the walk its doc comment defines, nearest first, within the cap. */
  walk(db: Kysely<Database>, query: WalkQuery): Promise<NeighborRecord[]>;
  /**
   * Runs a bulk load (`KyselyGraphStore.loadSourceGraphs`) with whatever makes the database
   * load fastest set up around it, and set back after, whether it succeeds or fails.
   */
  bulkLoad<T>(db: Kysely<Database>, run: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  /**
   * Inside a bulk load's transaction, before its rows: sets aside what would slow writing them
   * (SQLite: the secondary indexes); the returned function, called after the rows, puts it back.
   */
  deferIndexes(trx: Kysely<Database>): Promise<() => Promise<void>>;
  /**
   * Inside a bulk load's transaction, after each stored part, with the entities the load had
   * stored before the part and after it: keeps the planner's picture of the growing tables true
   * (PostgreSQL), or does nothing.
   */
  bulkProgress(trx: Kysely<Database>, entitiesBefore: number, entitiesAfter: number): Promise<void>;
  /** `GraphStore.paths`: Yen's k shortest paths over the shared search of path-finder.ts, its layers read the dialect's way. */
  paths(db: Kysely<Database>, query: PathQuery): Promise<PathRecord[]>;
}
