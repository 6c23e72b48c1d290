import type { Generated } from 'kysely';

/** Table shapes as Kysely sees them. Lists are JSON text so every dialect stores them alike. */
export interface Database {
  sources: SourcesTable;
  sentences: SentencesTable;
  entities: EntitiesTable;
  relations: RelationsTable;
  entity_degrees: EntityDegreesTable;
  positions: PositionsTable;
  figures: FiguresTable;
  evidence: EvidenceTable;
  graph_meta: GraphMetaTable;
  api_keys: ApiKeysTable;
  changes: ChangesTable;
  change_entities: ChangeEntitiesTable;
}

export interface SourcesTable {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  published_on: string | null;
  text: string;
}

export interface SentencesTable {
  source_id: string;
  idx: number;
  start_offset: number;
  end_offset: number;
  text: string;
}

export interface EntitiesTable {
  id: string;
  type: string;
  name: string;
  aliases: string;
  description: string | null;
  kind: string | null;
  anonymous: number | null;
  weapon: string | null;
  occurred_on: string | null;
  time_of_day: string | null;
  damage: string;
  status: string | null;
  topics: string;
  outcome: string | null;
  statement_text: string | null;
  /** Folded name and aliases, one per line: what name filters match against. */
  match_names: string;
  /** 1 when created, bumped by every change to it; an update names the version it read. */
  version: Generated<number>;
}

export interface RelationsTable {
  id: string;
  predicate: string;
  subject_id: string;
  object_id: string;
  role: string | null;
}

/** An entity's relations, either end (one from an entity to itself counts twice); no row for none. */
export interface EntityDegreesTable {
  entity_id: string;
  degree: number;
}

export interface PositionsTable {
  id: string;
  person_id: string;
  title: string;
  of_id: string | null;
}

export interface FiguresTable {
  id: string;
  attack_id: string;
  metric: string;
  value: number;
  qualifier: string | null;
  reported_by_id: string | null;
}

export interface EvidenceTable {
  owner_id: string;
  source_id: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  sentence_idx: number;
}

/** One row (id 1): the graph's version, bumped by every write transaction. */
export interface GraphMetaTable {
  id: number;
  version: number;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  role: string;
  /** SHA-256 of the key, hex; the key itself is never stored. */
  key_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface ChangesTable {
  /** The graph version this write made. */
  version: number;
  at: string;
  key_id: string | null;
  author: string;
  operation: string;
  /** JSON, or null where there was nothing before (or is nothing after). */
  before: string | null;
  after: string | null;
}

export interface ChangeEntitiesTable {
  entity_id: string;
  version: number;
}
