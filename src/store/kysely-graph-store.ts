import { Kysely, Migrator, sql } from 'kysely';
import type { Database } from './database';
import type { GraphStore } from './graph-store';
import type {
  EntityListQuery,
  EntityRecord,
  EvidenceRecord,
  FigureRecord,
  LinkKey,
  NeighborQuery,
  NeighborRecord,
  Page,
  PathQuery,
  PathRecord,
  PositionRecord,
  RelationPageQuery,
  RelationRecord,
  SearchHit,
  SentenceRecord,
  SearchQuery,
  SourceGraph,
  SourceRecord,
  StatementRecord,
  StatsRecord,
  StoredEntityRecord,
  EvidenceInput,
} from './records';
import type { ReadNow } from './read-now';
import { listEntities } from './list-entities';
import type { StoreDialect } from './store-dialect';
import { GraphEdits } from './edit-graph';
import { storedDegrees } from './entity-degrees';
import { StoreReads } from './store-reads';
import { storeStats } from './store-stats';
import { apiKeyByHash, createApiKey, graphVersion, listApiKeys, listChanges, revokeApiKey } from './keys-and-changes';
import { type ImportOutcome, writeSourceGraph, writeSourceGraphs } from './write-source-graph';
import type { ListenVersion } from './version-listener';
import { VersionWatchers } from './version-watchers';
import {
  type ApiKeyRecord,
  type ChangeQuery,
  type ChangeRecord,
  SYSTEM_AUTHOR,
  type WriteAuthor,
  type WriteResult,
} from './write-records';

/** Walk steps one neighborhood call may take before it stops widening (nearest first). */
export const WALK_CAP = 20_000;

/**
 * The store in portable Kysely: everything here runs on SQLite and PostgreSQL alike.
 * Dialect set-up (connections, pragmas) lives in the dialect folders that construct it.
 */
export class KyselyGraphStore implements GraphStore {
  private readonly edits: GraphEdits;
  private readonly reads: StoreReads;
  private readonly versions: VersionWatchers;

  /**
   * `listenVersion` hears other processes' writes (PostgreSQL); without it, this process is the
   * only writer. `readNow` runs reads at once where the database answers synchronously (SQLite).
   * `writeDb` runs the write transactions and key changes, where reads must not queue behind
   * them (SQLite's one connection per Kysely; see create-sqlite-store.ts).
   */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
    private readonly listenVersion?: ListenVersion,
    readNow?: ReadNow,
    private readonly walkCap = WALK_CAP,
    private readonly writeDb = db,
  ) {
    this.edits = new GraphEdits(writeDb, dialect);
    this.reads = new StoreReads(db, dialect, readNow);
    this.versions = new VersionWatchers(db, listenVersion);
  }

  get otherProcessesWrite(): boolean {
    return this.listenVersion !== undefined;
  }

  async migrate(): Promise<void> {
    const all = this.dialect.migrations;
    await this.dialect.withMigrationLock(this.db, async (db) => {
      const { error } = await new Migrator({ db, provider: { getMigrations: async () => all } }).migrateToLatest();
      if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
    });
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.versions.close();
    await this.db.destroy();
    if (this.writeDb !== this.db) await this.writeDb.destroy();
  }

  async saveSourceGraph(graph: SourceGraph): Promise<boolean> {
    const result = await this.announced(writeSourceGraph(this.writeDb, this.dialect, graph, SYSTEM_AUTHOR));
    if (!result.ok) throw new Error(`${graph.source.id} refused: ${result.problems.map((p) => p.message).join('; ')}`);
    return result.value.stored;
  }

  /**
   * The bulk load: many source graphs as one write, each checked and stored exactly as
   * `saveSourceGraph` would store it (rows, search documents), with the database set up for
   * loading around it (SQLite: indexes built after, no syncs; see the dialect's `bulkLoad`).
   * One change is recorded, and entities stored before the load that it merges or links to
   * get one version bump (see `writeSourceGraphs`). Meant for building a database with nothing
   * else using it. Throws when a graph is refused, and then nothing is stored.
   */
  async loadSourceGraphs(graphs: Iterable<SourceGraph>, onStored?: (graph: SourceGraph) => void): Promise<string[]> {
    const result = await this.announced(
      this.dialect.bulkLoad(this.db, (db) => writeSourceGraphs(db, this.dialect, graphs, SYSTEM_AUTHOR, onStored)),
    );
    if (!result.ok) throw new Error(`bulk load refused: ${result.problems.map((p) => p.message).join('; ')}`);
    return result.value.stored;
  }

  importSourceGraph(graph: SourceGraph, author: WriteAuthor): Promise<WriteResult<ImportOutcome>> {
    return this.announced(writeSourceGraph(this.writeDb, this.dialect, graph, author));
  }

  createEntity(
    entity: EntityRecord,
    mentions: EvidenceInput[],
    author: WriteAuthor,
  ): Promise<WriteResult<StoredEntityRecord>> {
    return this.announced(this.edits.createEntity(entity, mentions, author));
  }

  updateEntity(
    entity: EntityRecord,
    expectedVersion: number,
    mentions: EvidenceInput[],
    author: WriteAuthor,
  ): Promise<WriteResult<StoredEntityRecord>> {
    return this.announced(this.edits.updateEntity(entity, expectedVersion, mentions, author));
  }

  deleteEntity(id: string, expectedVersion: number, author: WriteAuthor): Promise<WriteResult<{ id: string }>> {
    return this.announced(this.edits.deleteEntity(id, expectedVersion, author));
  }

  addRelation(
    relation: RelationRecord,
    evidence: EvidenceInput[],
    author: WriteAuthor,
  ): Promise<WriteResult<RelationRecord>> {
    return this.announced(this.edits.addRelation(relation, evidence, author));
  }

  removeRelation(id: string, author: WriteAuthor): Promise<WriteResult<{ id: string }>> {
    return this.announced(this.edits.removeRelation(id, author));
  }

  addFigure(figure: FigureRecord, evidence: EvidenceInput[], author: WriteAuthor): Promise<WriteResult<FigureRecord>> {
    return this.announced(this.edits.addFigure(figure, evidence, author));
  }

  addStatement(
    statement: StatementRecord,
    relations: RelationRecord[],
    evidence: EvidenceInput[],
    author: WriteAuthor,
  ): Promise<WriteResult<StoredEntityRecord>> {
    return this.announced(this.edits.addStatement(statement, relations, evidence, author));
  }

  graphVersion(): Promise<number> {
    return graphVersion(this.db);
  }

  watchGraphVersion(onChange: (version: number | null) => void): Promise<() => Promise<void>> {
    return this.versions.watch(onChange);
  }

  /** A write's result once the watchers know the version it committed (version-watchers.ts). */
  private announced<T>(write: Promise<T>): Promise<T> {
    return this.versions.announced(write);
  }

  changes(query: ChangeQuery): Promise<Page<ChangeRecord>> {
    return listChanges(this.db, query);
  }

  createApiKey(key: ApiKeyRecord, keyHash: string): Promise<void> {
    return createApiKey(this.writeDb, key, keyHash);
  }

  apiKeyByHash(keyHash: string): Promise<ApiKeyRecord | null> {
    return apiKeyByHash(this.db, keyHash);
  }

  listApiKeys(): Promise<ApiKeyRecord[]> {
    return listApiKeys(this.db);
  }

  revokeApiKey(idOrName: string): Promise<boolean> {
    return revokeApiKey(this.writeDb, idOrName, new Date().toISOString());
  }

  listSources(): Promise<SourceRecord[]> {
    return this.reads.listSources();
  }

  sourcesByIds(ids: readonly string[]): Promise<SourceRecord[]> {
    return this.reads.sourcesByIds(ids);
  }

  sentencesBySources(sourceIds: readonly string[]): Promise<SentenceRecord[]> {
    return this.reads.sentencesBySources(sourceIds);
  }

  entitiesByIds(ids: readonly string[]): Promise<StoredEntityRecord[]> {
    return this.reads.entitiesByIds(ids);
  }

  relationsByIds(ids: readonly string[]): Promise<RelationRecord[]> {
    return this.reads.relationsByIds(ids);
  }

  linkedRelations(keys: readonly LinkKey[]): Promise<RelationRecord[]> {
    return this.reads.linkedRelations(keys);
  }

  relationPages(queries: readonly RelationPageQuery[]): Promise<Page<RelationRecord>[]> {
    return this.reads.relationPages(queries);
  }

  evidenceByOwners(ownerIds: readonly string[]): Promise<EvidenceRecord[]> {
    return this.reads.evidenceByOwners(ownerIds);
  }

  figuresByAttacks(attackIds: readonly string[]): Promise<FigureRecord[]> {
    return this.reads.figuresByAttacks(attackIds);
  }

  positionsByPeople(personIds: readonly string[]): Promise<PositionRecord[]> {
    return this.reads.positionsByPeople(personIds);
  }

  listEntities(query: EntityListQuery): Promise<Page<EntityRecord>> {
    return listEntities(this.db, (q) => this.reads.read(q), query);
  }

  async neighbors(query: NeighborQuery): Promise<NeighborRecord[]> {
    return this.dialect.walk(this.db, { ...query, cap: this.walkCap });
  }

  /** Each entity's degree as kept for path searches: its relations, either end (none: zero). */
  degrees(ids: string[]): Promise<Map<string, number>> {
    return storedDegrees(this.db, ids);
  }

  /** Yen's k shortest loop-free paths over bidirectional breadth-first searches (see path-finder.ts). */
  async paths(query: PathQuery): Promise<PathRecord[]> {
    return this.dialect.paths(this.db, query);
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    return this.dialect.search(this.db, query);
  }

  stats(): Promise<StatsRecord> {
    return storeStats(this.db);
  }
}
