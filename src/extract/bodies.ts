import { EntityType } from '../domain/entity-type';
import { fold } from '../text/fold';
import type { Gazetteer } from './gazetteer';
import type { Place } from './geography';
import { DELEGATION_WORDS, LOWER_BODIES, NOT_NAMES } from './lexicon';
import type { Mention } from './mention';
import type { Sentence, Token } from './tokens';
import { endOf, isAcronym, isCapitalized, isPossessive, joins, key } from './words';

/** The longest body in LOWER_BODIES, in words. */
const LONGEST = Math.max(...Object.keys(LOWER_BODIES).map((b) => b.split(' ').length));

/**
 * Bodies written in lower case, which no capitalized run holds: "Ukraine's air force", "the
 * Kyiv city military administration", "the emergency services"; and the sides at talks:
 * "the Russian delegation", "Russia's team", "the Ukrainian side", "Russian and Ukrainian
 * delegations" (each side's delegation, an organization).
 */
export function scanBodies(text: string, sentences: readonly Sentence[], gazetteer: Gazetteer): Mention[] {
  const found: Mention[] = [];
  for (const { tokens } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (isCapitalized(tokens[i])) continue;
      const delegation = delegationAt(tokens, i, gazetteer);
      if (delegation.length > 0) {
        found.push(...delegation);
        continue;
      }
      for (let length = Math.min(LONGEST, tokens.length - i); length >= 1; length--) {
        const words = tokens.slice(i, i + length);
        if (!words.slice(0, -1).every(joins) || words.some(isCapitalized)) continue;
        const kind = LOWER_BODIES[fold(text.slice(words[0].start, words.at(-1)!.end))];
        if (!kind) continue;
        const body = bodyMention(text, tokens, i, words, kind, gazetteer);
        if (body) found.push(body);
        i += length - 1;
        break;
      }
    }
  }
  return found;
}

/** The owner before a lower-case body: a possessive, a demonym, a place; or "the" for a body of no owner named. */
function bodyMention(
  text: string,
  tokens: readonly Token[],
  at: number,
  words: Token[],
  kind: string,
  gazetteer: Gazetteer,
): Mention | null {
  const body = text.slice(words[0].start, words.at(-1)!.end);
  const before = tokens[at - 1];
  if (!before || !joins(before)) return null;
  const owner = ownerAt(tokens, at - 1, gazetteer);
  if (owner) {
    const name = owner.country ? `${owner.demonym} ${body}` : `${text.slice(owner.from.start, endOf(before))} ${body}`;
    return {
      type: EntityType.ORGANIZATION,
      start: owner.from.start,
      end: words.at(-1)!.end,
      name,
      kind,
      country: owner.country,
      rule: 'body with its owner',
      confidence: 0.8,
    };
  }
  if (fold(before.text) !== 'the') return null;
  return {
    type: EntityType.ORGANIZATION,
    start: words[0].start,
    end: words.at(-1)!.end,
    name: body,
    kind,
    rule: 'the body',
    confidence: 0.6,
  };
}

interface Owner {
  from: Token;
  country?: string;
  demonym?: string;
}

/** What owns the body whose word before is `tokens[at]`: "Ukraine's", "Russian", "Kyiv", "Kyiv city" (a run of capitals). */
function ownerAt(tokens: readonly Token[], at: number, gazetteer: Gazetteer): Owner | null {
  const t = tokens[at];
  // "the FSB security service" is the FSB: a body named by its acronym owns no other.
  if (!isCapitalized(t) || (isAcronym(t) && !gazetteer.geo.countries.has(key(t)))) return null;
  const country = countryOf(t, gazetteer);
  if (country) return { from: t, country: country.country, demonym: demonymOf(country, gazetteer) };
  if (isPossessive(t)) return { from: t };
  let from = at;
  while (
    from > 0 &&
    isCapitalized(tokens[from - 1]) &&
    joins(tokens[from - 1]) &&
    !isPossessive(tokens[from - 1]) &&
    !NOT_NAMES.has(key(tokens[from - 1]))
  )
    from--;
  return { from: tokens[from] };
}

function countryOf(t: Token, gazetteer: Gazetteer): Place | undefined {
  return gazetteer.geo.demonyms.get(key(t)) ?? gazetteer.geo.countries.get(key(t));
}

function demonymOf(country: Place, gazetteer: Gazetteer): string {
  return gazetteer.geo.demonymOf.get(fold(country.name)) ?? country.name;
}

/**
 * "Russian delegation", "Russia's team", "Russian and Ukrainian delegations": each side named
 * before a delegation word is that side's delegation.
 */
function delegationAt(tokens: readonly Token[], at: number, gazetteer: Gazetteer): Mention[] {
  const word = tokens[at];
  if (!DELEGATION_WORDS.has(fold(word.text)) || at === 0) return [];
  const sides: Token[] = [];
  let i = at - 1;
  while (i >= 0 && countryOf(tokens[i], gazetteer) && joins(tokens[i])) {
    sides.push(tokens[i]);
    if (i >= 2 && ['and', 'or'].includes(fold(tokens[i - 1].text)) && countryOf(tokens[i - 2], gazetteer)) i -= 2;
    else break;
  }
  if (word.text.toLowerCase() === 'negotiating' && fold(tokens[at + 1]?.text ?? '') !== 'team') return [];
  // "on the Russian side of the border" is a place, not a delegation.
  if (fold(word.text) === 'side' && fold(tokens[at + 1]?.text ?? '') === 'of') return [];
  // The last side named takes the delegation word ("US delegations"); the others their own word.
  return sides.map((side, i) => {
    const country = countryOf(side, gazetteer)!;
    return {
      type: EntityType.ORGANIZATION,
      start: side.start,
      end: i === 0 ? word.end : side.end,
      noAlias: i > 0 ? true : undefined,
      name: `${demonymOf(country, gazetteer)} delegation`,
      kind: 'DELEGATION',
      country: country.country,
      rule: 'side at talks',
      confidence: 0.8,
    } satisfies Mention;
  });
}
