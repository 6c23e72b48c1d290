import type { EntityRef } from '../entity-types';

export interface Mention {
  start: number;
  end: number;
  entity: EntityRef;
}

export interface Segment {
  text: string;
  start: number;
  /** The mention this run of text belongs to, if any. */
  mention: Mention | null;
  /** Inside the span the page was opened at (`?at=`). */
  highlighted: boolean;
}

/**
 * Cuts a source's text into runs: plain, or inside one mention (a link), each possibly inside
 * the highlighted span. Mentions that overlap an earlier one are left out (the earlier, longer
 * one keeps the words) so every character belongs to at most one link.
 */
export function sourceSegments(
  text: string,
  mentions: readonly Mention[],
  highlight: { start: number; end: number } | null,
): Segment[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of sorted) {
    const last = kept.at(-1);
    if (!last || mention.start >= last.end) kept.push(mention);
  }
  const cuts = new Set([0, text.length, ...kept.flatMap((m) => [m.start, m.end])]);
  if (highlight) [highlight.start, highlight.end].forEach((cut) => cuts.add(cut));
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);

  const segments: Segment[] = [];
  let k = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    while (k < kept.length && kept[k].end <= start) k++;
    const mention = k < kept.length && kept[k].start <= start && end <= kept[k].end ? kept[k] : null;
    const highlighted = highlight !== null && highlight.start <= start && end <= highlight.end;
    segments.push({ text: text.slice(start, end), start, mention, highlighted });
  }
  return segments;
}
