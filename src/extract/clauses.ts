import { fold } from '../text/fold';
import type { Token } from './tokens';

/** Words that start a new clause inside a sentence. */
const CLAUSE_WORDS = new Set([
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'as',
  'after',
  'before',
  'when',
  'which',
  'who',
]);

/** Whether a clause ends after `t`: a comma, a semicolon, a colon, a dash or a quotation mark after it. */
export function endsClause(t: Token): boolean {
  return /[,;:—–"“”(]/.test(t.post);
}

/** The tokens of the clause holding `tokens[i]`: from after the last clause end before it to the next one. */
export function clauseAround(tokens: readonly Token[], i: number): { from: number; to: number } {
  let from = i;
  while (from > 0 && !endsClause(tokens[from - 1]) && !CLAUSE_WORDS.has(fold(tokens[from].text))) from--;
  let to = i;
  while (to + 1 < tokens.length && !endsClause(tokens[to]) && !CLAUSE_WORDS.has(fold(tokens[to + 1].text))) to++;
  return { from, to };
}

/** The clause parts of a sentence split at "and" too: "12 people had died and 90 had been injured". */
export function partAround(tokens: readonly Token[], i: number): { from: number; to: number } {
  const clause = clauseAround(tokens, i);
  let from = i;
  while (from > clause.from && fold(tokens[from - 1].text) !== 'and') from--;
  let to = i;
  while (to < clause.to && fold(tokens[to + 1].text) !== 'and') to++;
  return { from, to };
}
