import type { EntityType, FigureMetric, Predicate } from '../../../../graph/generated/graphql';

/**
 * The explorer's reading of a draft, `Extraction.graph` (a JSON scalar): the seed format's
 * graph.json, each item with the extractor's `confidence` (0..1) and `rule`. Only the fields
 * the review shows are named; the rest travel on untouched to the import.
 */
export interface DraftQuote {
  quote: string;
  within?: string;
}

interface DraftNote {
  confidence?: number;
  rule?: string;
}

export interface DraftEntity extends DraftNote {
  id: string;
  type: EntityType;
  name: string;
  mentions: DraftQuote[];
  /** A statement's words. */
  text?: string;
  weapon?: string;
  kind?: string;
}

export interface DraftRelation extends DraftNote {
  subject: string;
  predicate: Predicate;
  object: string;
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

const LISTS = ['entities', 'positions', 'relations', 'figures'] as const;

/** The answer's graph as a draft, or null when it is not one (the four lists, each a list). */
export function readDraft(json: unknown): DraftGraph | null {
  if (typeof json !== 'object' || json === null) return null;
  const lists = json as Record<string, unknown>;
  return LISTS.every((list) => Array.isArray(lists[list])) ? (json as DraftGraph) : null;
}
