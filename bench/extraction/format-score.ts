import type { ArticleScore } from './article-score';
import { NAMED_TYPES } from './labels';
import type { Category, Share } from './metrics';
import { TARGETS, type Target, targetValue } from './targets';

/** How eval:extract prints a score: a table, then what was missed and what was extra. */

const number = (x: number) => x.toFixed(3);
const HEADER = `${'category'.padEnd(22)}${['tp', 'fp', 'fn'].map((h) => h.padStart(5)).join('')}${['precision', 'recall', 'F1'].map((h) => h.padStart(10)).join('')}  target`;

function targetMark(target: Target | undefined, score: ArticleScore): string {
  if (!target) return '';
  const vacuous = 'share' in target && score[target.share].total === 0;
  return `  >= ${target.min} ${targetValue(target, score) >= target.min ? 'met' : 'NOT MET'}${vacuous ? ' (nothing to judge)' : ''}`;
}

function categoryRow(name: string, c: Category, mark: string): string {
  const counts = [c.tp, c.fp, c.fn].map((n) => String(n).padStart(5)).join('');
  return `${name.padEnd(22)}${counts}${[c.precision, c.recall, c.f1].map((x) => number(x).padStart(10)).join('')}${mark}`;
}

function shareRow(name: string, s: Share, of: string, mark: string): string {
  const value = s.total === 0 ? `nothing to judge (no ${of})` : `${s.right} of ${s.total} ${of}: ${number(s.share)}`;
  return `${name.padEnd(22)}${value}${mark}`;
}

/** The score as a table; with `targets`, each target's row says whether it is met. */
export function scoreTable(score: ArticleScore, targets: boolean): string[] {
  const mark = (key: string) =>
    targets
      ? targetMark(
          TARGETS.find((t) => ('category' in t ? t.category : t.share) === key),
          score,
        )
      : '';
  return [
    HEADER,
    categoryRow('entities', score.entities, mark('entities')),
    ...NAMED_TYPES.map((t) => categoryRow(`  ${t.toLowerCase()}`, score.entitiesByType[t], '')),
    categoryRow('linking', score.linking, ''),
    categoryRow('figures', score.figures, mark('figures')),
    shareRow('  attribution', score.attribution, 'matched figures', mark('attribution')),
    categoryRow('quotes with speaker', score.quotes, mark('quotes')),
    categoryRow('positions', score.positions, mark('positions')),
    shareRow('  of', score.positionOf, 'matched positions', ''),
    categoryRow('attack links', score.attackLinks, mark('attackLinks')),
    categoryRow('negotiation links', score.negotiationLinks, mark('negotiationLinks')),
    shareRow('exact spans', score.spans, 'draft quotes', mark('spans')),
  ];
}

/** What went wrong, category by category (and, `verbose`, what went right). */
export function scoreItems(score: ArticleScore, verbose: boolean): string[] {
  const lines: string[] = [];
  const list = (heading: string, items: string[]) => {
    if (items.length > 0) lines.push(`  ${heading}:`, ...items.map((i) => `    ${i}`));
  };
  const categories: [string, Category][] = [
    ['entities', score.entities],
    ['linking', score.linking],
    ['figures', score.figures],
    ['quotes', score.quotes],
    ['positions', score.positions],
    ['attack links', score.attackLinks],
    ['negotiation links', score.negotiationLinks],
  ];
  for (const [name, c] of categories) {
    if (verbose) list(`${name} found`, c.matched);
    list(`${name} missed`, c.missed);
    list(`${name} extra`, c.extra);
  }
  list('figures with the wrong reporter', score.attribution.wrong);
  list('positions with the wrong of', score.positionOf.wrong);
  list('draft quotes that are not exact spans', score.spans.wrong);
  list('ids referred to that are neither drafted nor stored', score.dangling);
  return lines;
}
