import type { DraftPosition } from '../../src/extract';
import { fold } from '../../src/text/fold';
import type { DraftView } from './draft-view';
import type { PositionLabel } from './labels';
import { type Category, type Share, category, share } from './metrics';
import { pairItems } from './pairing';
import type { PatternAnswers } from './pattern-answers';
import { fragmentRegExp } from './patterns';

/**
 * Positions pair when the person answers the label and the title fits its pattern of wordings
 * (searched in the folded title), one to one, the right `of` preferred; `of` is then judged
 * separately among the pairs.
 */
export function scorePositions(
  labels: readonly PositionLabel[],
  view: DraftView,
  answers: PatternAnswers,
): { positions: Category; of: Share } {
  const fits = (l: PositionLabel, d: DraftPosition) =>
    answers.answers(d.person, l.person) && fragmentRegExp(l.title).test(fold(d.title));
  const rightOf = (l: PositionLabel, d: DraftPosition) => answers.fits(l.of, d.of, false);
  const pairing = pairItems(labels, view.graph.positions, fits, rightOf);
  const label = (l: PositionLabel) => `${l.person}: ${l.title} of ${l.of ?? 'none'}`;
  const drafted = (d: DraftPosition) => `${view.describe(d.person)}: "${d.title}" of ${view.describe(d.of)}`;
  const wrong = pairing.pairs.filter((p) => !rightOf(p.label, p.draft));
  return {
    positions: category({
      matched: pairing.pairs.map((p) => `${label(p.label)} <- ${drafted(p.draft)}`),
      missed: pairing.missed.map(label),
      extra: pairing.extra.map((x) => `${drafted(x.draft)}${x.duplicateOf ? ' (a duplicate)' : ''}`),
    }),
    of: share(
      pairing.pairs.length - wrong.length,
      pairing.pairs.length,
      wrong.map((p) => `${drafted(p.draft)}, label ${label(p.label)}`),
    ),
  };
}
