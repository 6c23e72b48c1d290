import { EntityType } from '../domain/entity-type';
import { fold } from '../text/fold';
import type { Gazetteer } from './gazetteer';
import type { Place } from './geography';
import {
  NOT_NAMES,
  NUMBER_WORDS,
  ORG_HEADS,
  ORG_WORDS,
  PLACE_ACRONYMS,
  PLACE_HEADS,
  PLACE_OF,
  PLACE_PREPOSITIONS,
  SAY_VERBS,
  TITLE_HEADS,
  TITLE_WORDS,
} from './lexicon';
import type { Mention, TitleCue } from './mention';
import type { Sentence, Token } from './tokens';
import { endOf, hasTag, isAcronym, isCapitalized, isPossessive, joins, key, opensClause } from './words';

const { PERSON, ORGANIZATION, LOCATION } = EntityType;

/** An abbreviated title as the position names it: "Gov." is a Governor. */
const TITLE_SPELLED_OUT: Record<string, string> = {
  gov: 'Governor',
  sen: 'Senator',
  rep: 'Representative',
  gen: 'General',
  lt: 'Lieutenant',
  col: 'Colonel',
  sgt: 'Sergeant',
  capt: 'Captain',
  adm: 'Admiral',
  maj: 'Major',
  cmdr: 'Commander',
  amb: 'Ambassador',
  pres: 'President',
  supt: 'Superintendent',
};

const PRONOUN_WORDS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'officials', 'police', 'witnesses', 'residents']);

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

/** Kinds of business a name may stand before ("the Epicentr store"). */
const BUSINESSES = new Set([
  'store',
  'stores',
  'company',
  'firm',
  'chain',
  'supermarket',
  'hypermarket',
  'plant',
  'factory',
  'refinery',
  'airline',
  'operator',
  'group',
  'conglomerate',
  'bank',
  'agency',
  'channel',
  'newspaper',
  'broadcaster',
]);

/** Lower-case words that may join capitalized ones in one name: "Ministry of Defence", "Lolwah al-Khater". */
const CONNECTORS = new Set(['of', 'for', 'al', 'el', 'bin', 'ibn', 'de', 'van', 'von', 'da', 'du', 'la']);
/** Parts of speech a capitalized word at the start of a sentence has when it names nothing. */
const FUNCTION_TAGS = 'Determiner Preposition Conjunction Pronoun Adverb Verb QuestionWord Modal Value Cardinal Adjective'.split(' ');

export interface NameScan {
  mentions: Mention[];
  titles: TitleCue[];
  /** Lone capitalized words no rule took; a later pass keeps those that are a surname of the article. */
  leftovers: Token[];
}

/**
 * Capitalized names, run by run: a title and its place before a name ("Kyiv Mayor Vitali
 * Klitschko"), bodies by the head of their name ("State Emergency Service"), places by the
 * geographic gazetteer, the graph, or the words around them ("the town of Enerhodar", "in
 * Huliaipole", "Kyiv region"), demonyms for their country, and people for what is left.
 */
export function scanNames(text: string, sentences: readonly Sentence[], gazetteer: Gazetteer): NameScan {
  const scan: NameScan = { mentions: [], titles: [], leftovers: [] };
  for (const sentence of sentences) {
    for (const run of runsOf(sentence.tokens, gazetteer)) classify(text, run, sentence.tokens, gazetteer, scan);
  }
  // "Kiper said", after "Oleh Kiper": a lone word that is the surname of a person named in full.
  const surnames = new Set(
    scan.mentions.filter((m) => m.type === PERSON && !m.partial && !m.anonymous).map((m) => fold(m.name).split(/\s+/).at(-1)),
  );
  for (const t of scan.leftovers)
    if (surnames.has(key(t))) scan.mentions.push({ ...personMention(text, [t], 'surname of the article', 0.6), partial: true });
  return scan;
}

/** Maximal runs of capitalized words joined by spaces or hyphens (and connectors inside). */
function runsOf(tokens: readonly Token[], gazetteer: Gazetteer): Token[][] {
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
      } else if (CONNECTORS.has(next.text.toLowerCase()) && j + 2 < tokens.length && joins(next) && isCapitalized(tokens[j + 2])) {
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
      } else if (next.text === 'the' && ['of', 'for'].includes(tokens[j].text) && j + 2 < tokens.length && isCapitalized(tokens[j + 2])) {
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

function classify(text: string, run: Token[], tokens: readonly Token[], gazetteer: Gazetteer, scan: NameScan): void {
  const geo = gazetteer.geo;
  // "MOSCOW/JEDDAH, March 11 —": a dateline of two places is two names.
  if (run.length === 1 && /^\p{Lu}+\/\p{Lu}+$/u.test(run[0].text)) {
    const [a, b] = run[0].text.split('/');
    const first = { ...run[0], text: a, end: run[0].start + a.length, post: '/' };
    const second = { ...run[0], text: b, start: run[0].start + a.length + 1 };
    for (const part of [first, second]) {
      const place = geo.cities.get(fold(part.text)) ?? geo.countries.get(fold(part.text));
      scan.mentions.push({
        type: LOCATION,
        start: part.start,
        end: part.end,
        name: place?.name ?? titleCase(part.text),
        kind: place?.kind ?? 'CITY',
        country: place?.country,
        rule: 'dateline',
        dateline: true,
        confidence: 0.8,
      });
    }
    return;
  }
  // A title inside the run: modifiers (place, demonym, body), title words ending in a head, a name.
  const title = titleIn(run, gazetteer);
  if (title) {
    const modifiers = run.slice(0, title.from);
    const of = modifiers.length > 0 ? classifyModifier(text, modifiers, gazetteer, scan) : null;
    // "Belgorod Governor": a governor's place is a region, named after its city.
    if (of && of.type === LOCATION && of.kind === 'CITY' && run.slice(title.from, title.to).some((t) => key(t) === 'governor')) {
      of.name = `${of.name} region`;
      of.kind = 'REGION';
    }
    // "Mr Kiper", "President Zelensky": a title before a surname alone names someone the article (or the graph) names in full.
    const named = run.slice(title.to);
    const person = { ...personMention(text, named, 'title before the name', 0.9), partial: named.length === 1 || undefined };
    scan.mentions.push(person);
    const words = run.slice(title.from, title.to);
    if (!words.every((w) => ['mr', 'mrs', 'ms', 'dr'].includes(key(w)))) {
      const from = (modifiers[0] ?? words[0]).start;
      scan.titles.push({
        person,
        title: words.map((w) => TITLE_SPELLED_OUT[key(w)] ?? w.text).join(' '),
        of,
        start: from,
        end: person.end,
        rule: 'title before the name',
        confidence: 0.9,
      });
    }
    return;
  }
  const words = run.map(key);
  const last = words.at(-1)!;
  const next = tokens[run.at(-1)!.index - tokens[0].index + 1];
  const before = tokens[run[0].index - tokens[0].index - 1];

  // Places named with their head after them: "Black Sea", "Kyiv region", "Sviatoshynskyi district".
  const placeHead = PLACE_HEADS[last] && run.length > 1 ? PLACE_HEADS[last] : undefined;
  const lowerHead =
    (next && !isCapitalized(next) && joins(run.at(-1)!) && !isPossessive(run.at(-1)!) ? PLACE_HEADS[key(next)] : undefined) ??
    coordinatedHead(tokens, run.at(-1)!);
  if (placeHead && placeHead !== 'CITY') return void scan.mentions.push(place(text, run[0], run.at(-1)!, placeHead, 'place head', 0.9));
  if (lowerHead === 'REGION' || lowerHead === 'DISTRICT') {
    const name = `${text.slice(run[0].start, endOf(run.at(-1)!))} ${lowerHead === 'REGION' ? 'region' : 'district'}`;
    const through = PLACE_HEADS[key(next)] === lowerHead ? next : run.at(-1)!;
    scan.mentions.push({ ...place(text, run[0], through, lowerHead, 'place and its kind', 0.9), name });
    return;
  }

  // Bodies by the head of their name, one-word bodies, acronyms that are no place.
  const headAt = words.findIndex(
    (w, i) => ORG_HEADS[w] !== undefined && (i === words.length - 1 || words[i + 1] === 'of' || words[i + 1] === 'for'),
  );
  if (
    headAt >= 0 ||
    (run.length === 1 && ORG_WORDS.has(last)) ||
    (run.length === 1 && isAcronym(run[0]) && !isPlaceAcronym(run[0], gazetteer))
  ) {
    const country = countryIn(run, gazetteer);
    const kind = headAt >= 0 ? ORG_HEADS[words[headAt]] : 'OTHER';
    const owner = before && isPossessive(before) ? gazetteer.geo.countries.get(key(before)) : undefined;
    const name = text.slice(run[0].start, endOf(run.at(-1)!));
    // "Russia's Defence Ministry": the owner's possessive is its own mention; the body is named
    // with the owner's demonym, as the graph names bodies of a country ("Russian Ministry of Defence").
    const demonym = !country && owner ? gazetteer.geo.demonymOf.get(fold(owner.name)) : undefined;
    scan.mentions.push({
      type: ORGANIZATION,
      start: run[0].start,
      end: endOf(run.at(-1)!),
      name: demonym ? `${demonym} ${name}` : name,
      kind,
      country: country?.country ?? owner?.country,
      rule: headAt >= 0 ? 'body by the head of its name' : 'known body or acronym',
      confidence: headAt >= 0 ? 0.85 : 0.7,
    });
    return;
  }

  // A name after the kind of body it is: "the state agricultural bank Rosselkhozbank".
  if (run.length === 1 && before && !isCapitalized(before) && ORG_HEADS[fold(before.text)] !== undefined && !geoPlace(last, gazetteer)) {
    const end = endOf(run[0]);
    scan.mentions.push({
      type: ORGANIZATION,
      start: run[0].start,
      end,
      name: text.slice(run[0].start, end),
      kind: ORG_HEADS[fold(before.text)],
      rule: 'name after its kind of body',
      confidence: 0.7,
    });
    return;
  }

  // A demonym before other words of the run ("Russian Grigory"): the country, then the rest.
  const lead = geo.countries.has(fold(text.slice(run[0].start, endOf(run.at(-1)!)))) ? null : demonymAt(run, 0, gazetteer);
  if (lead && lead.length < run.length) {
    scan.mentions.push(countryMention(run.slice(0, lead.length), lead.place, 'demonym'));
    return classify(text, run.slice(lead.length), tokens, gazetteer, scan);
  }
  if (lead) return void scan.mentions.push(countryMention(run, lead.place, 'demonym'));

  // Places: the gazetteers, the graph, a dateline, "the city of X", "in X".
  const whole = fold(text.slice(run[0].start, endOf(run.at(-1)!)));
  const known = geo.countries.get(whole) ?? geo.cities.get(whole);
  const stored = gazetteer.find(LOCATION, whole)[0];
  const dateline =
    run.every((t) => t.text === t.text.toUpperCase()) && run[0].index === tokens[0].index && run.at(-1)!.post.startsWith(',');
  const beforeOf = before?.text === 'of' ? tokens[run[0].index - tokens[0].index - 2] : undefined;
  const placeOf = beforeOf !== undefined && PLACE_OF.has(beforeOf.text.toLowerCase()) && !isCapitalized(beforeOf);
  const byPlace = before && PLACE_PREPOSITIONS.has(before.text.toLowerCase()) && run.length <= 2;
  const storedPerson = gazetteer.find(PERSON, whole).length > 0 || (run.length === 1 && gazetteer.withSurname(whole).length > 0);
  if (known || stored || dateline || placeOf || lowerHead === 'CITY') {
    const kind = known?.kind ?? (stored?.kind as Mention['kind']) ?? (lowerHead === 'CITY' || placeOf || dateline ? 'CITY' : 'OTHER');
    const name = known?.name ?? stored?.name ?? titleCase(text.slice(run[0].start, endOf(run.at(-1)!)));
    return void scan.mentions.push({
      ...place(
        text,
        run[0],
        run.at(-1)!,
        kind,
        known ? 'geographic gazetteer' : stored ? 'stored place' : 'place cue',
        known || stored ? 0.9 : 0.75,
      ),
      name,
      country: known?.country,
      dateline: dateline || undefined,
    });
  }
  // A place compromise's lexicon knows ("Crimea", "Donbas"), alone in its run.
  if (run.length === 1 && hasTag(run[0], 'Place', 'Country', 'City', 'Region') && !hasTag(run[0], 'Person') && !storedPerson) {
    return void scan.mentions.push(
      place(text, run[0], run[0], hasTag(run[0], 'Region', 'Country') ? 'REGION' : 'CITY', 'place the tagger knows', 0.65),
    );
  }
  // "the Epicentr store": a name before the kind of business it is.
  if (run.length === 1 && next && !isCapitalized(next) && BUSINESSES.has(fold(next.text)) && joins(run[0])) {
    const end = endOf(run[0]);
    return void scan.mentions.push({
      type: ORGANIZATION,
      start: run[0].start,
      end,
      name: text.slice(run[0].start, end),
      kind: 'OTHER',
      rule: 'name before its business',
      confidence: 0.65,
    });
  }
  if (byPlace && !storedPerson && !hasTag(run[0], 'Person') && (run.length === 1 || !hasTag(run[1], 'Person'))) {
    return void scan.mentions.push(place(text, run[0], run.at(-1)!, 'CITY', 'place after a preposition', 0.6));
  }

  // People: two to four name words, or one the tagger, a verb of saying or the graph marks as a person.
  const nameLike = run.filter((t) => !CONNECTORS.has(t.text.toLowerCase()));
  if (nameLike.length >= 2 && nameLike.length <= 4 && run.every((t) => !isAcronym(t) || t.text.length < 2)) {
    return void scan.mentions.push(personMention(text, run, 'capitalized name', 0.75));
  }
  if (run.length === 1) {
    // "Tkachenko wrote", "said Kiper": a lone name by a verb of saying.
    const said =
      (next && SAY_VERBS.has(next.text.toLowerCase())) ||
      (before && joins(before) && SAY_VERBS.has(before.text.toLowerCase()) && !isCapitalized(before));
    if (hasTag(run[0], 'Person', 'LastName', 'FirstName') || said || storedPerson) {
      scan.mentions.push({ ...personMention(text, run, 'surname', 0.6), partial: true });
    } else scan.leftovers.push(run[0]);
  }
}

/**
 * The kind a list of names shares after it: "the Belgorod, Bryansk and Voronezh regions",
 * "the Rostov and Astrakhan regions". `last` is the last word of one name of the list.
 */
function coordinatedHead(tokens: readonly Token[], last: Token): 'REGION' | 'DISTRICT' | undefined {
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
function titleIn(run: Token[], gazetteer: Gazetteer): { from: number; to: number } | null {
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

function classifyModifier(text: string, modifiers: Token[], gazetteer: Gazetteer, scan: NameScan): Mention | null {
  const before = scan.mentions.length;
  classify(text, modifiers, modifiers, gazetteer, scan);
  return scan.mentions.length > before ? scan.mentions.at(-1)! : null;
}

function demonymAt(run: Token[], at: number, gazetteer: Gazetteer): { place: Place; length: number } | null {
  const geo = gazetteer.geo;
  if (at + 1 < run.length && !isPossessive(run[at])) {
    const two = geo.demonyms.get(`${key(run[at])} ${key(run[at + 1])}`);
    if (two) return { place: two, length: 2 };
  }
  const one = geo.demonyms.get(key(run[at]));
  return one && !isPossessive(run[at]) ? { place: one, length: 1 } : null;
}

function countryIn(run: Token[], gazetteer: Gazetteer): Place | undefined {
  for (let i = 0; i < run.length; i++) {
    const found = demonymAt(run, i, gazetteer)?.place ?? gazetteer.geo.countries.get(key(run[i]));
    if (found) return found;
  }
  return undefined;
}

function geoPlace(word: string, gazetteer: Gazetteer): Place | undefined {
  return gazetteer.geo.countries.get(word) ?? gazetteer.geo.cities.get(word);
}

/** "US", "UK", or a place printed in capitals ("KYIV" of a dateline). */
function isPlaceAcronym(t: Token, gazetteer: Gazetteer): boolean {
  const word = key(t);
  return PLACE_ACRONYMS.has(t.text.toLowerCase()) || geoPlace(word, gazetteer) !== undefined || gazetteer.find(LOCATION, word).length > 0;
}

function countryMention(run: Token[], country: Place, rule: string): Mention {
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

function place(text: string, from: Token, to: Token, kind: string, rule: string, confidence: number): Mention {
  const end = endOf(to);
  return { type: LOCATION, start: from.start, end, name: text.slice(from.start, end), kind, rule, confidence };
}

function personMention(text: string, run: Token[], rule: string, confidence: number): Mention {
  const end = endOf(run.at(-1)!);
  return { type: PERSON, start: run[0].start, end, name: text.slice(run[0].start, end), rule, confidence };
}

/** "KYIV" as "Kyiv": datelines print names in capitals. */
function titleCase(name: string): string {
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : name;
}
