import type { EntityType } from '../domain/entity-type';
import type { FigureMetric } from '../domain/figure-metric';
import type { Predicate } from '../domain/predicate';

/**
 * A draft in the seed format (`graph.json`, see seed/seed-file.ts) that `importSource` accepts
 * as it is. Each item also says how sure the extractor is (`confidence`, 0..1) and which
 * `rule` made it; importing ignores both.
 */
export interface DraftNote {
  confidence: number;
  rule: string;
}

export interface DraftQuote {
  quote: string;
  /** A longer span found once in the text, when `quote` occurs more than once. */
  within?: string;
}

export interface DraftEntity extends DraftNote {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: null;
  mentions: DraftQuote[];
  anonymous?: boolean;
  kind?: string;
  weapon?: string;
  occurredOn?: string | null;
  timeOfDay?: string | null;
  damage?: string[];
  status?: string;
  topics?: string[];
  outcome?: string | null;
  text?: string;
}

export interface DraftRelation extends DraftNote {
  subject: string;
  predicate: Predicate;
  object: string;
  role: null;
  evidence: DraftQuote[];
}

export interface DraftPosition extends DraftNote {
  person: string;
  title: string;
  of: string | null;
  evidence: DraftQuote[];
}

export interface DraftFigure extends DraftNote {
  attack: string;
  metric: FigureMetric;
  value: number;
  qualifier: string | null;
  reportedBy: string | null;
  evidence: DraftQuote[];
}

export interface DraftGraph {
  entities: DraftEntity[];
  positions: DraftPosition[];
  relations: DraftRelation[];
  figures: DraftFigure[];
}

/** What `extractGraph` answers. */
export interface Extraction {
  graph: DraftGraph;
  /** Stored entities the draft refers to, kept with their stored ids. */
  linked: string[];
  /** What a reviewer should look at: a name that could be either of two stored entities, a quote with no speaker. */
  warnings: string[];
}

/** An entity the graph holds already, as the extractor links to it. */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
  /** The stored kind (organizations, locations): a merged entity must give the same. */
  kind?: string | null;
  /** People only: a merged person must give the same. */
  anonymous?: boolean;
}
