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
  SearchQuery,
  SentenceRecord,
  SourceGraph,
  SourceRecord,
  StatsRecord,
} from './records';

/**
 * The only door to the database. Everything above it speaks in records; the dialect (SQLite
 * today, PostgreSQL next) stays behind it. Batch methods take many keys and answer in one
 * round of queries, for the per-request DataLoaders.
 */
export interface GraphStore {
  /** Brings the schema up to date; safe to call on every start. */
  migrate(): Promise<void>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;

  /** Writes a source and its graph in one transaction; false, and nothing written, when the source is already stored. */
  saveSourceGraph(graph: SourceGraph): Promise<boolean>;

  listSources(): Promise<SourceRecord[]>;
  sourcesByIds(ids: readonly string[]): Promise<SourceRecord[]>;
  /** The stored sentences of each source, in order: the ones evidence points into. */
  sentencesBySources(sourceIds: readonly string[]): Promise<SentenceRecord[]>;
  entitiesByIds(ids: readonly string[]): Promise<EntityRecord[]>;
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
