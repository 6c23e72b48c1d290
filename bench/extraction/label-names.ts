import { fold } from '../../src/text/fold';
import type { EntityLabel } from './labels';
import { fragmentRegExp } from './patterns';

/** The labels a pattern alternative names: those it repeats a `match` fragment of, or failing that, those whose name it matches. */
export function labelsNamedBy(labels: readonly EntityLabel[], alternative: string): EntityLabel[] {
  const repeating = labels.filter((l) => l.match.includes(alternative));
  if (repeating.length > 0) return repeating;
  const regExp = fragmentRegExp(alternative);
  return labels.filter((l) => regExp.test(fold(l.name)));
}
