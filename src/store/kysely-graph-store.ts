import { CompiledQuery, Kysely, Migrator, type Selectable, type SqlBool, sql } from 'kysely';
import { Direction } from '../domain/direction';
import type { EntityType } from '../domain/entity-type';
import type { Predicate } from '../domain/predicate';
import { fold } from '../text/fold';
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
import { relationPages } from './relation-pages';
import { toEntity, toFigure, toPosition, toRelation, toSentence, toSource } from './rows';
import type { StoreDialect } from './store-dialect';
import { GraphEdits } from './edit-graph';
import { storedDegrees } from './entity-degrees';
import { apiKeyByHash, createApiKey, graphVersion, listApiKeys, listChanges, revokeApiKey } from './keys-and-changes';
import { type ImportOutcome, writeSourceGraph, writeSourceGraphs } from './write-source-graph';
import type { ListenVersion, VersionListener } from './version-listener';
import { type ApiKeyRecord, type ChangeQuery, type ChangeRecord, SYSTEM_AUTHOR, type WriteAuthor, type WriteResult } from './write-records';

/** Walk steps one neighborhood call may take before it stops widening (nearest first). */
export const WALK_CAP = 20_000;

/**
 * The store in portable Kysely: everything here runs on SQLite and PostgreSQL alike.
 * Dialect set-up (connections, pragmas) lives in the dialect folders that construct it.
 */
export class KyselyGraphStore implements GraphStore {
  private readonly edits: GraphEdits;
  private readonly hot: HotQueries;
  private readonly versionWatchers = new Set<(version: number | null) => void>();
  private versionListener: VersionListener | null = null;
  /** The listener's last word: null while it cannot hear other processes' writes. */
  private heard: number | null = null;

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
    private readonly readNow?: ReadNow,
    private readonly walkCap = WALK_CAP,
    private readonly writeDb = db,
  ) {
    this.edits = new GraphEdits(writeDb, dialect);
    this.hot = hotQueries(dialect);
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
    this.versionWatchers.clear();
    await this.versionListener?.close();
    this.versionListener = null;
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

  createEntity(entity: EntityRecord, mentions: EvidenceInput[], author: WriteAuthor): Promise<WriteResult<StoredEntityRecord>> {
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

  addRelation(relation: RelationRecord, evidence: EvidenceInput[], author: WriteAuthor): Promise<WriteResult<RelationRecord>> {
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

  async watchGraphVersion(onChange: (version: number | null) => void): Promise<() => Promise<void>> {
    this.versionWatchers.add(onChange);
    if (this.listenVersion) {
      this.versionListener ??= this.listenVersion(
        () => graphVersion(this.db),
        (version) => {
          this.heard = version;
          this.versionWatchers.forEach((watcher) => watcher(version));
        },
      );
      // Until the listener is up the version stays unknown: wait for it, so a fresh replica caches from its first request.
      await this.versionListener.ready;
      if (this.heard !== null) onChange(this.heard);
    } else {
      onChange(await graphVersion(this.db));
    }
    return async () => {
      this.versionWatchers.delete(onChange);
      if (this.versionWatchers.size === 0 && this.versionListener) {
        const listener = this.versionListener;
        this.versionListener = null;
        this.heard = null;
        await listener.close();
      }
    };
  }

  /**
   * A write's result, handed back only once the watchers know the version it committed: a
   * writer that was answered can then read its write through any cache of this process.
   */
  private async announced<T>(write: Promise<T>): Promise<T> {
    try {
      return await write;
    } finally {
      // Deaf to other processes, a version read here would vouch for what it cannot know.
      if (this.versionWatchers.size > 0 && !(this.listenVersion && this.heard === null)) {
        const version = await graphVersion(this.db).catch(() => null);
        this.versionWatchers.forEach((watcher) => watcher(version));
      }
    }
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

  async listSources(): Promise<SourceRecord[]> {
    const rows = await this.db.selectFrom('sources').selectAll().orderBy('id').execute();
    return rows.map(toSource);
  }

  async sourcesByIds(ids: readonly string[]): Promise<SourceRecord[]> {
    const rows = await this.byList<Database['sources']>(this.hot.sources, ids);
    return rows.map(toSource);
  }

  async sentencesBySources(sourceIds: readonly string[]): Promise<SentenceRecord[]> {
    const rows = await this.byList<Database['sentences']>(this.hot.sentences, sourceIds);
    return rows.map(toSentence);
  }

  async entitiesByIds(ids: readonly string[]): Promise<StoredEntityRecord[]> {
    const rows = await this.byList<Selectable<Database['entities']>>(this.hot.entities, ids);
    return rows.map(toEntity);
  }

  async relationsByIds(ids: readonly string[]): Promise<RelationRecord[]> {
    const rows = await this.byList<Database['relations']>(this.hot.relations, ids);
    return rows.map(toRelation);
  }

  async linkedRelations(keys: readonly LinkKey[]): Promise<RelationRecord[]> {
    if (keys.length === 0) return [];
    const outgoing: [string, string][] = [];
    const incoming: [string, string][] = [];
    for (const key of keys) (key.direction === Direction.OUTGOING ? outgoing : incoming).push([key.entityId, key.predicate]);
    const rows = await this.read<Database['relations']>(
      CompiledQuery.raw(this.hot.linkedRelations, [this.dialect.pairsParameter(outgoing), this.dialect.pairsParameter(incoming)]),
    );
    return rows.map(toRelation);
  }

  async relationPages(queries: readonly RelationPageQuery[]): Promise<Page<RelationRecord>[]> {
    return relationPages(this.db, queries, (query) => this.read(query));
  }

  async evidenceByOwners(ownerIds: readonly string[]): Promise<EvidenceRecord[]> {
    const rows = await this.byList<EvidenceRow>(this.hot.evidence, ownerIds);
    return rows.map((r) => ({
      ownerId: r.owner_id,
      sourceId: r.source_id,
      start: r.start_offset,
      end: r.end_offset,
      quote: r.quote,
      sentence: { sourceId: r.source_id, index: r.idx, start: r.sentence_start, end: r.sentence_end, text: r.sentence_text },
    }));
  }

  async figuresByAttacks(attackIds: readonly string[]): Promise<FigureRecord[]> {
    const rows = await this.byList<Database['figures']>(this.hot.figures, attackIds);
    return rows.map(toFigure);
  }

  async positionsByPeople(personIds: readonly string[]): Promise<PositionRecord[]> {
    const rows = await this.byList<Database['positions']>(this.hot.positions, personIds);
    return rows.map(toPosition);
  }

  /**
   * Runs one of the hot lookups with the distinct ids as its one parameter. The SQL is written
   * once (`hotQueries`), so a request builds and compiles no query for them: Kysely's building
   * and compiling was 11% of the entity page's CPU, most of it on these.
   */
  private async byList<R>(text: string, ids: readonly string[]): Promise<R[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    return this.read<R>(CompiledQuery.raw(text, [this.dialect.listParameter(unique)]));
  }

  /** The rows of a read statement: at once where the connection is free to answer (`readNow`), else through Kysely. */
  private async read<R>(query: CompiledQuery): Promise<R[]> {
    const rows = this.readNow?.(query.sql, query.parameters);
    return (rows ?? (await this.db.executeQuery<R>(query)).rows) as R[];
  }

  async listEntities(query: EntityListQuery): Promise<Page<EntityRecord>> {
    let base = this.db.selectFrom('entities').where('type', '=', query.type);
    if (query.name) base = base.where(sql<SqlBool>`match_names like ${likePattern(fold(query.name))} escape '\\'`);
    if (query.weapon) base = base.where('weapon', '=', query.weapon);
    if (query.status) base = base.where('status', '=', query.status);
    if (query.kind) base = base.where('kind', '=', query.kind);
    for (const link of query.linkedTo ?? []) {
      const [own, other] =
        link.direction === Direction.OUTGOING ? (['subject_id', 'object_id'] as const) : (['object_id', 'subject_id'] as const);
      base = base.where((eb) =>
        eb.exists(
          eb
            .selectFrom('relations as l')
            .select('l.id')
            .whereRef(`l.${own}`, '=', 'entities.id')
            .where('l.predicate', '=', link.predicate)
            .where(`l.${other}`, '=', link.entityId),
        ),
      );
    }
    const order = query.descending ? 'desc' : 'asc';
    let page = base
      .selectAll()
      .orderBy('name', order)
      .orderBy('id', order)
      .limit(query.first + 1);
    const after = query.after;
    if (after) {
      const beyond = query.descending ? '<' : '>';
      page = page.where((eb) => eb.or([eb('name', beyond, after.name), eb.and([eb('name', '=', after.name), eb('id', beyond, after.id)])]));
    }
    const [rows, [count]] = await Promise.all([
      this.read<Selectable<Database['entities']>>(page.compile()),
      this.read<{ n: number }>(base.select((eb) => eb.fn.countAll<number>().as('n')).compile()),
    ]);
    return { items: rows.slice(0, query.first).map(toEntity), totalCount: Number(count.n), hasNextPage: rows.length > query.first };
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

  async stats(): Promise<StatsRecord> {
    const [entities, relations, sources, figures] = await Promise.all([
      this.db
        .selectFrom('entities')
        .select(['type', (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy('type')
        .orderBy('type')
        .execute(),
      this.db
        .selectFrom('relations')
        .select(['predicate', (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy('predicate')
        .orderBy('predicate')
        .execute(),
      this.db
        .selectFrom('sources')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow(),
      this.db
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
}

/** The batch lookups every page makes, by a list of ids, in the order the loaders expect. */
type HotQueries = ReturnType<typeof hotQueries>;

function hotQueries(dialect: StoreDialect) {
  return {
    sources: `select * from sources where ${dialect.inList('id')}`,
    sentences: `select * from sentences where ${dialect.inList('source_id')} order by source_id, idx`,
    entities: `select * from entities where ${dialect.inList('id')}`,
    relations: `select * from relations where ${dialect.inList('id')}`,
    evidence: `select e.owner_id, e.source_id, e.start_offset, e.end_offset, e.quote, s.idx,
        s.start_offset as sentence_start, s.end_offset as sentence_end, s.text as sentence_text
      from evidence e join sentences s on s.source_id = e.source_id and s.idx = e.sentence_idx
      where ${dialect.inList('e.owner_id')}
      order by e.owner_id, e.source_id, e.start_offset`,
    figures: `select * from figures where ${dialect.inList('attack_id')} order by id`,
    positions: `select * from positions where ${dialect.inList('person_id')} order by id`,
    // Relations leaving an entity by (subject, predicate), entering it by (object, predicate):
    // a union, so each side keeps its index (an `or` of two lists would scan on PostgreSQL).
    linkedRelations: `select r.* from ${dialect.pairsTable(1)} p
        join relations r on r.subject_id = p.first_key and r.predicate = p.second_key
      union
      select r.* from ${dialect.pairsTable(2)} p
        join relations r on r.object_id = p.first_key and r.predicate = p.second_key
      order by id`,
  };
}

interface EvidenceRow {
  owner_id: string;
  source_id: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  idx: number;
  sentence_start: number;
  sentence_end: number;
  sentence_text: string;
}

function likePattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
