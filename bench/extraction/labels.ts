import type { FigureMetric } from '../../src/domain/figure-metric';
import type { Weapon } from '../../src/domain/weapon';

/**
 * What a perfect extractor finds in one article: the `<id>.json` beside `<id>.txt` in
 * test/fixtures/extraction/, in the format of its LABELS.md. Patterns are `|`-alternatives,
 * each repeating one `match` fragment of an entity label (or matching a label's `name`);
 * `null` means the article names none.
 */
export type NamedType = 'PERSON' | 'ORGANIZATION' | 'LOCATION';

export const NAMED_TYPES: readonly NamedType[] = ['PERSON', 'ORGANIZATION', 'LOCATION'];

/** Any item may be optional: a draft item that fits only an optional label is neither rewarded nor punished. */
interface Optional {
  optional?: boolean;
}

export interface EntityLabel extends Optional {
  type: NamedType;
  name: string;
  /** Lowercase regular-expression fragments, searched case-insensitively in folded names. */
  match: string[];
  /** The entity's id in the stored graph, or null when it is new. */
  existing: string | null;
}

export interface FigureLabel extends Optional {
  metric: FigureMetric;
  value: number;
  reportedBy: string | null;
  /** Where the number stands in the text (not scored: a figure pairs by metric and value). */
  quote: string;
}

export interface QuoteLabel extends Optional {
  speaker: string | null;
  /** The passage's first eight or more words, exactly as printed. */
  text: string;
}

export interface PositionLabel extends Optional {
  person: string;
  /** A pattern of wordings of the title. */
  title: string;
  of: string | null;
}

export interface AttackLabel extends Optional {
  weapon: Weapon;
  perpetrator: string | null;
  targets: string[];
}

export interface NegotiationLabel extends Optional {
  venue: string | null;
  mediators: string[];
  parties: string[];
}

export interface SourceLabel {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  publishedOn: string | null;
}

export interface ArticleLabels {
  source: SourceLabel;
  entities: EntityLabel[];
  figures: FigureLabel[];
  quotes: QuoteLabel[];
  positions: PositionLabel[];
  attacks: AttackLabel[];
  negotiations: NegotiationLabel[];
}

/** One labeled article of a set: `<id>.txt` and `<id>.json`. */
export interface LabeledArticle {
  id: string;
  text: string;
  labels: ArticleLabels;
}
