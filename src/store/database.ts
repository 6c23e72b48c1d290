/** Table shapes as Kysely sees them. Lists are JSON text so every dialect stores them alike. */
export interface Database {
  sources: SourcesTable;
  sentences: SentencesTable;
  entities: EntitiesTable;
  relations: RelationsTable;
  positions: PositionsTable;
  figures: FiguresTable;
  evidence: EvidenceTable;
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
}

export interface RelationsTable {
  id: string;
  predicate: string;
  subject_id: string;
  object_id: string;
  role: string | null;
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
