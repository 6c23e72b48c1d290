import type { UserErrorCode, UserErrorFieldsFragment } from '../../../../graph/generated/graphql';
import { type JsonNode, type TextRange, rangeAt } from '../json-locate';

export const PROBLEM_LABELS: Record<UserErrorCode, string> = {
  QUOTE_NOT_FOUND: 'Quote not in the text',
  QUOTE_AMBIGUOUS: 'Quote found more than once',
  UNKNOWN_REFERENCE: 'Unknown id',
  TYPE_MISMATCH: 'Wrong type',
  CONFLICT: 'Disagrees with the graph',
  INVALID: 'Not valid',
};

/** The source fields of the form, by the name the service gives them in a problem's path. */
export type SourceField = 'id' | 'title' | 'publisher' | 'url' | 'publishedOn';
const SOURCE_FIELDS: readonly string[] = ['id', 'title', 'publisher', 'url', 'publishedOn'];

/** One refusal of the service, placed where the editor can see it. */
export interface PlacedProblem {
  /** 1-based, the number shown in the list and beside each mark. */
  number: number;
  error: UserErrorFieldsFragment;
  /** Where in the graph JSON as sent, when the path points into it. */
  inGraph: TextRange | null;
  /** For a quote found more than once: each place in the article text. */
  inText: TextRange[];
  /** For a problem with the source's fields. */
  sourceField: SourceField | null;
}

/** Every place `quote` occurs in `text` (overlapping ones too: each is a reading the service would see). */
export function occurrences(text: string, quote: string): TextRange[] {
  const found: TextRange[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
    found.push({ start: at, end: at + quote.length });
  return found;
}

/** Places each user error: its path into the graph JSON (the text as sent), its quote in the article, or its source field. */
export function placeProblems(
  errors: readonly UserErrorFieldsFragment[],
  graphRoot: JsonNode,
  text: string,
): PlacedProblem[] {
  return errors.map((error, i) => {
    const [head, ...rest] = error.field ?? [];
    const sourceField = head === 'source' && SOURCE_FIELDS.includes(rest[0]) ? (rest[0] as SourceField) : null;
    return {
      number: i + 1,
      error,
      inGraph: head === 'graph' ? rangeAt(graphRoot, rest) : null,
      inText: error.code === 'QUOTE_AMBIGUOUS' && error.quote ? occurrences(text, error.within ?? error.quote) : [],
      sourceField,
    };
  });
}

/** `["graph", "relations", "3", "subject"]` as a reader would say it: relations › 4th › subject. */
export function describePath(field: readonly string[] | null): string {
  if (!field || field.length === 0) return 'the whole input';
  return field.map((part) => (/^\d+$/.test(part) ? `#${Number(part) + 1}` : part)).join(' › ');
}
