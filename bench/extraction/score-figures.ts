import type { DraftFigure } from '../../src/extract';
import type { DraftView } from './draft-view';
import type { FigureLabel } from './labels';
import { type Category, type Share, category, share } from './metrics';
import { pairItems } from './pairing';
import type { PatternAnswers } from './pattern-answers';

/**
 * Figures pair by metric and value, one to one; among equal numbers the pair with the right
 * reporter is preferred (two bodies giving the same toll are two labels). Attribution is judged
 * separately among the pairs, so a wrong reporter lowers attribution, never the figures.
 */
export function scoreFigures(
  labels: readonly FigureLabel[],
  view: DraftView,
  answers: PatternAnswers,
): { figures: Category; attribution: Share } {
  const rightReporter = (l: FigureLabel, d: DraftFigure) => answers.fits(l.reportedBy, d.reportedBy, false);
  const pairing = pairItems(
    labels,
    view.graph.figures,
    (l, d) => l.metric === d.metric && l.value === d.value,
    rightReporter,
  );
  const label = (l: FigureLabel) => `${l.metric} ${l.value} reported by ${l.reportedBy ?? 'none'}: "${l.quote}"`;
  const drafted = (d: DraftFigure) => `${d.metric} ${d.value} reported by ${view.describe(d.reportedBy)}`;
  const wrong = pairing.pairs.filter((p) => !rightReporter(p.label, p.draft));
  return {
    figures: category({
      matched: pairing.pairs.map((p) => `${label(p.label)} <- ${drafted(p.draft)}`),
      missed: pairing.missed.map(label),
      extra: pairing.extra.map((x) => `${drafted(x.draft)}${x.duplicateOf ? ' (a duplicate)' : ''}`),
    }),
    attribution: share(
      pairing.pairs.length - wrong.length,
      pairing.pairs.length,
      wrong.map(
        (p) =>
          `${p.label.metric} ${p.label.value}: drafted as reported by ${view.describe(p.draft.reportedBy)}, label ${p.label.reportedBy ?? 'none'}`,
      ),
    ),
  };
}
