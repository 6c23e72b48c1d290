import { EntityType } from '../domain/entity-type';
import { fold } from '../text/fold';
import type { Gazetteer } from './gazetteer';
import {
  ORG_HEADS,
  ORG_WORDS,
  PLACE_HEADS,
  PLACE_OF,
  PLACE_PREPOSITIONS,
  BUSINESSES,
  CONNECTORS,
  TITLE_SPELLED_OUT,
} from './lexicon';
import { SAY_VERBS } from './event-words';
import type { Mention, TitleCue } from './mention';
import {
  coordinatedHead,
  countryIn,
  countryMention,
  demonymAt,
  geoPlace,
  isPlaceAcronym,
  personMention,
  place,
  titleCase,
  titleIn,
} from './name-parts';
import { runsOf } from './runs';
import type { Sentence, Token } from './tokens';
import { endOf, hasTag, isAcronym, isCapitalized, isPossessive, joins, key } from './words';

const { PERSON, ORGANIZATION, LOCATION } = EntityType;

/** An abbreviated title as the position names it: "Gov." is a Governor. */

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
    scan.mentions
      .filter((m) => m.type === PERSON && !m.partial && !m.anonymous)
      .map((m) => fold(m.name).split(/\s+/).at(-1)),
  );
  for (const t of scan.leftovers)
    if (surnames.has(key(t)))
      scan.mentions.push({ ...personMention(text, [t], 'surname of the article', 0.6), partial: true });
  return scan;
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
    if (
      of &&
      of.type === LOCATION &&
      of.kind === 'CITY' &&
      run.slice(title.from, title.to).some((t) => key(t) === 'governor')
    ) {
      of.name = `${of.name} region`;
      of.kind = 'REGION';
    }
    // "Mr Kiper", "President Zelensky": a title before a surname alone names someone the article (or the graph) names in full.
    const named = run.slice(title.to);
    const person = {
      ...personMention(text, named, 'title before the name', 0.9),
      partial: named.length === 1 || undefined,
    };
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
    (next && !isCapitalized(next) && joins(run.at(-1)!) && !isPossessive(run.at(-1)!)
      ? PLACE_HEADS[key(next)]
      : undefined) ?? coordinatedHead(tokens, run.at(-1)!);
  if (placeHead && placeHead !== 'CITY')
    return void scan.mentions.push(place(text, run[0], run.at(-1)!, placeHead, 'place head', 0.9));
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
  if (
    run.length === 1 &&
    before &&
    !isCapitalized(before) &&
    ORG_HEADS[fold(before.text)] !== undefined &&
    !geoPlace(last, gazetteer)
  ) {
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
  const lead = geo.countries.has(fold(text.slice(run[0].start, endOf(run.at(-1)!))))
    ? null
    : demonymAt(run, 0, gazetteer);
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
    run.every((t) => t.text === t.text.toUpperCase()) &&
    run[0].index === tokens[0].index &&
    run.at(-1)!.post.startsWith(',');
  const beforeOf = before?.text === 'of' ? tokens[run[0].index - tokens[0].index - 2] : undefined;
  const placeOf = beforeOf !== undefined && PLACE_OF.has(beforeOf.text.toLowerCase()) && !isCapitalized(beforeOf);
  const byPlace = before && PLACE_PREPOSITIONS.has(before.text.toLowerCase()) && run.length <= 2;
  const storedPerson =
    gazetteer.find(PERSON, whole).length > 0 || (run.length === 1 && gazetteer.withSurname(whole).length > 0);
  if (known || stored || dateline || placeOf || lowerHead === 'CITY') {
    const kind =
      known?.kind ??
      (stored?.kind as Mention['kind']) ??
      (lowerHead === 'CITY' || placeOf || dateline ? 'CITY' : 'OTHER');
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
  if (
    run.length === 1 &&
    hasTag(run[0], 'Place', 'Country', 'City', 'Region') &&
    !hasTag(run[0], 'Person') &&
    !storedPerson
  ) {
    return void scan.mentions.push(
      place(
        text,
        run[0],
        run[0],
        hasTag(run[0], 'Region', 'Country') ? 'REGION' : 'CITY',
        'place the tagger knows',
        0.65,
      ),
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

function classifyModifier(text: string, modifiers: Token[], gazetteer: Gazetteer, scan: NameScan): Mention | null {
  const before = scan.mentions.length;
  classify(text, modifiers, modifiers, gazetteer, scan);
  return scan.mentions.length > before ? scan.mentions.at(-1)! : null;
}
