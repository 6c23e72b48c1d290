import { fold } from '../text/fold';
import { NUMBER_WORDS, SAY_VERBS } from './event-words';
import type { Gazetteer } from './gazetteer';
import { CONNECTORS, NOT_NAMES, PRONOUN_WORDS } from './lexicon';
import { geoPlace } from './name-parts';
import type { Token } from './tokens';
import { hasTag, isCapitalized, isPossessive, joins, key, opensClause } from './words';

/** Parts of speech a capitalized word at the start of a sentence has when it names nothing. */
const FUNCTION_TAGS =
  'Determiner Preposition Conjunction Pronoun Adverb Verb QuestionWord Modal Value Cardinal Adjective'.split(' ');

/** Maximal runs of capitalized words joined by spaces or hyphens (and connectors inside). */
export function runsOf(tokens: readonly Token[], gazetteer: Gazetteer): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(tokens, i, gazetteer)) {
      i++;
      continue;
    }
    const run = [tokens[i]];
    let j = i;
    while (j + 1 < tokens.length && joins(tokens[j]) && !isPossessive(tokens[j])) {
      const next = tokens[j + 1];
      if (isCapitalized(next) && !NOT_NAMES.has(key(next))) {
        run.push(next);
        j++;
      } else if (
        CONNECTORS.has(next.text.toLowerCase()) &&
        j + 2 < tokens.length &&
        joins(next) &&
        isCapitalized(tokens[j + 2])
      ) {
        run.push(next, tokens[j + 2]);
        j += 2;
      } else if (
        ['of', 'for'].includes(next.text) &&
        tokens[j + 2]?.text === 'the' &&
        joins(next) &&
        joins(tokens[j + 2]) &&
        isCapitalized(tokens[j + 3] ?? next)
      ) {
        // "International Committee of the Red Cross", "Office of the President".
        run.push(next, tokens[j + 2], tokens[j + 3]);
        j += 3;
      } else if (
        next.text === 'the' &&
        ['of', 'for'].includes(tokens[j].text) &&
        j + 2 < tokens.length &&
        isCapitalized(tokens[j + 2])
      ) {
        run.push(next);
        j++;
      } else break;
    }
    runs.push(run);
    i = j + 1;
  }
  return runs;
}

function startsName(tokens: readonly Token[], i: number, gazetteer: Gazetteer): boolean {
  const t = tokens[i];
  if (!isCapitalized(t) || NOT_NAMES.has(key(t))) return false;
  const first = i === 0 || opensClause(t) || /[—–:]\s*$/.test(tokens[i - 1].post);
  // A clause's first word is capitalized by rule: a name only if the tagger reads it as one,
  // or it is a place or demonym ("Turkish", tagged an adjective).
  if (first && NUMBER_WORDS[key(t)] !== undefined) return false;
  if (first && hasTag(t, ...FUNCTION_TAGS) && !hasTag(t, 'ProperNoun')) {
    // "Foreign Ministry spokeswoman": an adjective that begins a name of several words.
    const next = tokens[i + 1];
    const begins = hasTag(t, 'Adjective') && next !== undefined && joins(t) && isCapitalized(next);
    // "Zelensky said ...": a capitalized word before a verb of saying is its subject's name.
    if (next !== undefined && joins(t) && SAY_VERBS.has(fold(next.text)) && !PRONOUN_WORDS.has(key(t))) return true;
    return begins || gazetteer.geo.demonyms.has(key(t)) || geoPlace(key(t), gazetteer) !== undefined;
  }
  return true;
}
