import { EntityType } from '../domain/entity-type';
import type { Gazetteer } from './gazetteer';
import type { Place } from './geography';
import { ORG_WORDS, PLACE_ACRONYMS, PLACE_HEADS, TITLE_HEADS, TITLE_WORDS, ORG_HEADS } from './lexicon';
import type { Mention } from './mention';
import type { Token } from './tokens';
import { endOf, isAcronym, isCapitalized, isPossessive, key } from './words';

/** The parts a capitalized run is read by (names.ts): titles in it, demonyms and countries, lists of places, the mentions it makes. */

const { PERSON, LOCATION } = EntityType;

/** What an office is of, after "Secretary of" or "Minister for". */
const OFFICES = new Set([
  'state',
  'defence',
  'defense',
  'foreign',
  'affairs',
  'interior',
  'justice',
  'health',
  'energy',
  'finance',
  'economy',
  'human',
  'rights',
  'war',
  'the',
  'treasury',
  'homeland',
  'security',
]);

/**
 * The kind a list of names shares after it: "the Belgorod, Bryansk and Voronezh regions",
 * "the Rostov and Astrakhan regions". `last` is the last word of one name of the list.
 */
export function coordinatedHead(tokens: readonly Token[], last: Token): 'REGION' | 'DISTRICT' | undefined {
  let i = tokens.indexOf(last);
  if (i < 0 || !/^(?:, | )$/.test(last.post)) return undefined;
  let names = 1;
  for (i++; i < tokens.length; i++) {
    const t = tokens[i];
    const word = key(t);
    if (word === 'and' || word === 'or') continue;
    if (isCapitalized(t)) {
      names++;
      if (!/^(?:, | |-)$/.test(t.post)) return undefined;
      continue;
    }
    const head = PLACE_HEADS[word];
    return names > 1 && /s$/.test(word) && (head === 'REGION' || head === 'DISTRICT') ? head : undefined;
  }
  return undefined;
}

/** Where a title sits in a run: title words after optional modifiers, ending in a title head, with a name after them. */
export function titleIn(run: Token[], gazetteer: Gazetteer): { from: number; to: number } | null {
  let from = 0;
  // Modifiers: a place, a demonym or a body named before the title ("Kyiv Mayor", "South African President").
  while (from < run.length) {
    const demonym = demonymAt(run, from, gazetteer);
    if (demonym) {
      from += demonym.length;
      continue;
    }
    const word = key(run[from]);
    if (TITLE_WORDS.has(word)) break;
    if (
      geoPlace(word, gazetteer) ||
      ORG_WORDS.has(word) ||
      gazetteer.find(LOCATION, word).length > 0 ||
      isPlaceAcronym(run[from], gazetteer)
    ) {
      from++;
      continue;
    }
    return null;
  }
  let to = from;
  let head = -1;
  while (to < run.length && TITLE_WORDS.has(key(run[to]))) {
    if (TITLE_HEADS.has(key(run[to]))) head = to;
    to++;
    // "Secretary of State", "Minister for Foreign Affairs": the office goes on after "of" or "for".
    if (head === to - 1 && ['of', 'for'].includes(run[to]?.text ?? '') && OFFICES.has(key(run[to + 1] ?? run[to]))) {
      to += 2;
      while (to < run.length && OFFICES.has(key(run[to]))) to++;
      head = to - 1;
    }
  }
  if (head < 0 || head + 1 >= run.length) return null;
  const name = run.slice(head + 1);
  if (name.some((t) => ORG_HEADS[key(t)] !== undefined || isAcronym(t))) return null;
  return { from, to: head + 1 };
}

export function demonymAt(run: Token[], at: number, gazetteer: Gazetteer): { place: Place; length: number } | null {
  const geo = gazetteer.geo;
  if (at + 1 < run.length && !isPossessive(run[at])) {
    const two = geo.demonyms.get(`${key(run[at])} ${key(run[at + 1])}`);
    if (two) return { place: two, length: 2 };
  }
  const one = geo.demonyms.get(key(run[at]));
  return one && !isPossessive(run[at]) ? { place: one, length: 1 } : null;
}

export function countryIn(run: Token[], gazetteer: Gazetteer): Place | undefined {
  for (let i = 0; i < run.length; i++) {
    const found = demonymAt(run, i, gazetteer)?.place ?? gazetteer.geo.countries.get(key(run[i]));
    if (found) return found;
  }
  return undefined;
}

export function geoPlace(word: string, gazetteer: Gazetteer): Place | undefined {
  return gazetteer.geo.countries.get(word) ?? gazetteer.geo.cities.get(word);
}

/** "US", "UK", or a place printed in capitals ("KYIV" of a dateline). */
export function isPlaceAcronym(t: Token, gazetteer: Gazetteer): boolean {
  const word = key(t);
  return (
    PLACE_ACRONYMS.has(t.text.toLowerCase()) ||
    geoPlace(word, gazetteer) !== undefined ||
    gazetteer.find(LOCATION, word).length > 0
  );
}

export function countryMention(run: Token[], country: Place, rule: string): Mention {
  return {
    type: LOCATION,
    start: run[0].start,
    end: endOf(run.at(-1)!),
    name: country.name,
    kind: 'COUNTRY',
    country: country.country,
    rule,
    confidence: 0.85,
  };
}

export function place(text: string, from: Token, to: Token, kind: string, rule: string, confidence: number): Mention {
  const end = endOf(to);
  return { type: LOCATION, start: from.start, end, name: text.slice(from.start, end), kind, rule, confidence };
}

export function personMention(text: string, run: Token[], rule: string, confidence: number): Mention {
  const end = endOf(run.at(-1)!);
  return { type: PERSON, start: run[0].start, end, name: text.slice(run[0].start, end), rule, confidence };
}

/** "KYIV" as "Kyiv": datelines print names in capitals. */
export function titleCase(name: string): string {
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : name;
}
