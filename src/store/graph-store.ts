import type {
  EntityListQuery,
  EntityRecord,
  EvidenceInput,
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
  SearchQuery,
  SentenceRecord,
  SourceGraph,
  SourceRecord,
  StatementRecord,
  StatsRecord,
  StoredEntityRecord,
} from './records';
import type { ImportOutcome } from './write-source-graph';
import type { ApiKeyRecord, ChangeQuery, ChangeRecord, WriteAuthor, WriteResult } from './write-records';

/**
 * The only door to the database. Everything above it speaks in records; the dialect (SQLite or
 * PostgreSQL, `sqlite/` and `postgres/`) stays behind it. Batch methods take many keys and answer in one
 * round of queries, for the per-request DataLoaders.
 */
export interface GraphStore {
  /** Brings the schema up to date; safe to call on every start. */
  migrate(): Promise<void>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;

  /** Writes a source and its graph in one transaction; false, and nothing written, when the source is already stored. Throws when refused. */
  saveSourceGraph(graph: SourceGraph): Promise<boolean>;
  /**
   * The write path of every source (imports and seeds): stored whole or not at all; entities
   * stored already merge. Nothing written, and `stored` false, when the source is stored already.
   */
  importSourceGraph(graph: SourceGraph, author: WriteAuthor): Promise<WriteResult<ImportOutcome>>;
  createEntity(
    entity: EntityRecord,
    mentions: EvidenceInput[],
    author: WriteAuthor,
  ): Promise<WriteResult<StoredEntityRecord>>;
  /** Refused with CONFLICT unless the entity is still at `expectedVersion`. */
  updateEntity(
    entity: EntityRecord,
    expectedVersion: number,
    mentions: EvidenceInput[],
    author: WriteAuthor,
  ): Promise<WriteResult<StoredEntityRecord>>;
  deleteEntity(id: string, expectedVersion: number, author: WriteAuthor): Promise<WriteResult<{ id: string }>>;
  addRelation(
    relation: RelationRecord,
    evidence: EvidenceInput[],
    author: WriteAuthor,
  ): Promise<WriteResult<RelationRecord>>;
  removeRelation(id: string, author: WriteAuthor): Promise<WriteResult<{ id: string }>>;
  addFigure(figure: FigureRecord, evidence: EvidenceInput[], author: WriteAuthor): Promise<WriteResult<FigureRecord>>;
  addStatement(
    statement: StatementRecord,
    relations: RelationRecord[],
    evidence: EvidenceInput[],
    author: WriteAuthor,
  ): Promise<WriteResult<StoredEntityRecord>>;
  /** Bumped by every write transaction: equal versions, equal graphs. */
  graphVersion(): Promise<number>;
  /**
   * True when other processes write the graph too (replicas on one PostgreSQL database): their
   * writes reach `watchGraphVersion` by a notification that may arrive after they were
   * acknowledged, so a reader that must see them reads `graphVersion()`.
   */
  readonly otherProcessesWrite: boolean;
  /**
   * Calls `onChange` with the graph version now and after every committed write, this
   * process's (before the write's promise settles) and, on PostgreSQL, every other replica's;
   * `null` while writes elsewhere cannot be heard. Resolves to the function that stops it.
   */
  watchGraphVersion(onChange: (version: number | null) => void): Promise<() => Promise<void>>;
  /** Recorded writes, newest first. */
  changes(query: ChangeQuery): Promise<Page<ChangeRecord>>;

  createApiKey(key: ApiKeyRecord, keyHash: string): Promise<void>;
  /** The valid (not revoked) key with this hash. */
  apiKeyByHash(keyHash: string): Promise<ApiKeyRecord | null>;
  listApiKeys(): Promise<ApiKeyRecord[]>;
  revokeApiKey(idOrName: string): Promise<boolean>;

  listSources(): Promise<SourceRecord[]>;
  sourcesByIds(ids: readonly string[]): Promise<SourceRecord[]>;
  /** The stored sentences of each source, in order: the ones evidence points into. */
  sentencesBySources(sourceIds: readonly string[]): Promise<SentenceRecord[]>;
  entitiesByIds(ids: readonly string[]): Promise<StoredEntityRecord[]>;
  relationsByIds(ids: readonly string[]): Promise<RelationRecord[]>;

  /** Relations matching any of the keys; callers bucket them back by key. */
  linkedRelations(keys: readonly LinkKey[]): Promise<RelationRecord[]>;
  relationPages(queries: readonly RelationPageQuery[]): Promise<Page<RelationRecord>[]>;
  evidenceByOwners(ownerIds: readonly string[]): Promise<EvidenceRecord[]>;
  figuresByAttacks(attackIds: readonly string[]): Promise<FigureRecord[]>;
  positionsByPeople(personIds: readonly string[]): Promise<PositionRecord[]>;

  listEntities(query: EntityListQuery): Promise<Page<EntityRecord>>;
  /** Entities within `depth` relations either way, nearest first, each once, never the start. */
  neighbors(query: NeighborQuery): Promise<NeighborRecord[]>;
  /** Up to `first` loop-free paths of at most `maxDepth` relations, shortest first; [] when none. */
  paths(query: PathQuery): Promise<PathRecord[]>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  stats(): Promise<StatsRecord>;
}
