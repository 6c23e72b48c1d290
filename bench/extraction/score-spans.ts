import type { DraftGraph, DraftQuote } from '../../src/extract';
import { type Share, share } from './metrics';

/**
 * Every `quote` in the draft (mentions and evidence) with its `within`: exact when the quote
 * stands verbatim in the text and, given a `within`, that too stands in the text and holds the
 * quote. Counted per quote, so a draft with more evidence does not weigh less per mistake.
 */
export function scoreSpans(graph: DraftGraph, text: string): Share {
  const quotes: { where: string; q: DraftQuote }[] = [
    ...graph.entities.flatMap((e) => e.mentions.map((q, i) => ({ where: `${e.id} mention ${i}`, q }))),
    ...graph.relations.flatMap((r) =>
      r.evidence.map((q, i) => ({ where: `${r.subject} ${r.predicate} ${r.object} evidence ${i}`, q })),
    ),
    ...graph.positions.flatMap((p) =>
      p.evidence.map((q, i) => ({ where: `position of ${p.person} evidence ${i}`, q })),
    ),
    ...graph.figures.flatMap((f) =>
      f.evidence.map((q, i) => ({ where: `figure ${f.metric} ${f.value} evidence ${i}`, q })),
    ),
  ];
  const exact = ({ quote, within }: DraftQuote) =>
    text.includes(quote) && (within === undefined || (text.includes(within) && within.includes(quote)));
  const wrong = quotes.filter(({ q }) => !exact(q));
  return share(
    quotes.length - wrong.length,
    quotes.length,
    wrong.map(({ where, q }) => `${where}: "${q.quote}"${q.within === undefined ? '' : ` within "${q.within}"`}`),
  );
}
