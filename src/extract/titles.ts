import { EntityType } from '../domain/entity-type';
import { fold } from '../text/fold';
import { HONORIFICS, TITLE_HEADS, TITLE_WORDS } from './lexicon';
import type { Mention, TitleCue } from './mention';
import type { Sentence, Token } from './tokens';
import { endOf, isCapitalized, isPossessive, joins, key } from './words';

/** Words between a possessive owner and the title head it owns: "Russia's children's rights commissioner". */
const MAX_TITLE_WORDS = 6;
const PREPOSITIONS = new Set(['of', 'at', 'to', 'for', 'in', 'with']);

/**
 * Titles written around a name rather than inside a capitalized run: in lower case before it
 * ("Kremlin aide Yuri Ushakov", "acting Kyiv regional governor Mykola Kalashnyk"), in
 * apposition after it ("Tymur Tkachenko, the head of the Kyiv city military administration,")
 * and before it with a comma ("Ukraine's human rights commissioner, Dmytro Lubinets,").
 * Places a title names only by an adjective ("Kyiv regional") become mentions of the region.
 */
export function scanTitles(text: string, sentences: readonly Sentence[], mentions: Mention[]): TitleCue[] {
  const cues: TitleCue[] = [];
  const byStart = new Map<number, Mention[]>();
  for (const m of mentions) byStart.set(m.start, [...(byStart.get(m.start) ?? []), m]);
  // The longest place or body starting at a word: "Ukrainian presidential office", not "Ukrainian".
  const mentionAt = (t: Token | undefined) =>
    t
      ? (byStart.get(t.start) ?? []).filter((m) => m.type !== EntityType.PERSON).sort((a, b) => b.end - a.end)[0]
      : undefined;
  for (const { tokens } of sentences) {
    const at = new Map(tokens.map((t, i) => [t.start, i]));
    for (const person of mentions.filter((m) => m.type === EntityType.PERSON && !m.partial && at.has(m.start))) {
      const first = at.get(person.start)!;
      const last = lastTokenOf(tokens, first, person.end);
      const cue =
        titleBefore(text, tokens, first, person, mentions) ??
        apposition(text, tokens, last, person, mentionAt) ??
        whoHeads(tokens, last, person, mentionAt) ??
        titleWithComma(text, tokens, first, person, mentionAt);
      if (cue) cues.push(cue);
    }
  }
  return cues;
}

function lastTokenOf(tokens: readonly Token[], first: number, end: number): number {
  let i = first;
  while (i + 1 < tokens.length && tokens[i + 1].start < end) i++;
  return i;
}

/** "Kremlin aide Yuri Ushakov", "acting Kyiv regional governor Mykola Kalashnyk": lower-case title words ending in a head, right before the name. */
function titleBefore(
  text: string,
  tokens: readonly Token[],
  first: number,
  person: Mention,
  mentions: Mention[],
): TitleCue | null {
  const head = tokens[first - 1];
  // "presidential chief of staff Andriy Yermak": an office that ends in "of staff" ends in its head.
  const ofStaff = head !== undefined && key(head) === 'staff' && key(tokens[first - 2] ?? head) === 'of';
  if (
    !head ||
    !joins(head) ||
    isCapitalized(head) ||
    (!TITLE_HEADS.has(key(head)) && !ofStaff) ||
    HONORIFICS.has(key(head))
  )
    return null;
  let i = first - 1;
  const words: Token[] = [];
  let of: Mention | null = null;
  let regional = false;
  while (i >= 0 && joins(tokens[i]) && words.length < MAX_TITLE_WORDS) {
    const t = tokens[i];
    if (!isCapitalized(t) && (TITLE_WORDS.has(key(t)) || (key(t) === 'of' && words.length > 0))) {
      words.unshift(t);
      if (key(t) === 'regional' && i > 0 && isCapitalized(tokens[i - 1])) regional = true;
      i--;
      continue;
    }
    // The place or body the title is of ends right before it, in capitals or not ("Russia's foreign ministry spokeswoman").
    if (!of && mentions.some((m) => m.type !== EntityType.PERSON && m.end === endOf(t))) {
      // The place or body the title is of: a mention ending here ("Kremlin", "Kyiv", "Russia's").
      const owner = [...mentions].reverse().find((m) => m.type !== EntityType.PERSON && m.end === endOf(t));
      if (!owner) break;
      of = regional && owner.type === EntityType.LOCATION ? regionOf(text, owner, tokens[i + 1], mentions) : owner;
      i = tokenIndexAt(tokens, owner.start, i) - 1;
      continue;
    }
    break;
  }
  const from = tokens[i + 1];
  return {
    person,
    title: words.map((w) => w.text).join(' '),
    of,
    start: from.start,
    end: person.end,
    rule: 'title in lower case before the name',
    confidence: 0.85,
  };
}

/** The region a title names by its adjective ("Kyiv regional governor"): a mention of "<place> region" over "Kyiv regional". */
function regionOf(text: string, place: Mention, regional: Token, mentions: Mention[]): Mention {
  const name = `${text.slice(place.start, place.end)} region`;
  const region: Mention = {
    type: EntityType.LOCATION,
    start: place.start,
    end: regional.end,
    name,
    kind: 'REGION',
    rule: 'regional title',
    confidence: 0.75,
  };
  mentions.push(region);
  return region;
}

function tokenIndexAt(tokens: readonly Token[], start: number, fallback: number): number {
  const i = tokens.findIndex((t) => t.start === start);
  return i < 0 ? fallback : i;
}

/** "Name, the head of the Kyiv city military administration,": the title after a comma, what it is of after a preposition. */
function apposition(
  text: string,
  tokens: readonly Token[],
  last: number,
  person: Mention,
  mentionAt: (t: Token | undefined) => Mention | undefined,
): TitleCue | null {
  if (!tokens[last].post.startsWith(',')) return null;
  let i = last + 1;
  let owner: Mention | null = null;
  if (['the', 'a', 'an'].includes(fold(tokens[i]?.text ?? ''))) i++;
  else if (tokens[i] && isPossessive(tokens[i])) {
    owner = mentionAt(tokens[i]) ?? null;
    if (!owner) return null;
    i++;
  }
  // The title: lower-case words up to a head ("senior director", "Russian-installed governor").
  let head = -1;
  let start = -1;
  for (let j = i; j < tokens.length && j < i + MAX_TITLE_WORDS; j++) {
    const t = tokens[j];
    if (isCapitalized(t) && !TITLE_WORDS.has(key(t))) {
      if (head >= 0) break;
      continue;
    }
    if (TITLE_WORDS.has(key(t)) && start < 0) start = j;
    if (TITLE_HEADS.has(key(t)) && !HONORIFICS.has(key(t))) head = j;
    if (!joins(t) || (head >= 0 && !TITLE_WORDS.has(key(tokens[j + 1] ?? t)))) break;
  }
  if (head < 0 || start < 0) return null;
  // What it is of: the first place or body after it, before the apposition's end.
  let end = head;
  let of: Mention | null = owner;
  for (let j = head + 1; j < tokens.length && !of; j++) {
    of = mentionAt(tokens[j]) ?? null;
    if (of) break;
    if (!joins(tokens[j]) || isCapitalized(tokens[j])) break;
    if (
      !PREPOSITIONS.has(fold(tokens[j].text)) &&
      !['the', 'a', 'an'].includes(fold(tokens[j].text)) &&
      j === end + 1 &&
      !of
    )
      end = j;
  }
  // "minister of state for international cooperation": a title that runs on, naming nothing after it.
  if (!of || owner) end = Math.max(end, runOn(tokens, head));
  return {
    person,
    title: text.slice(tokens[start].start, tokens[end].end),
    of,
    start: person.start,
    end: Math.max(tokens[end].end, of?.end ?? 0),
    rule: 'title in apposition',
    confidence: 0.8,
  };
}

/** Verbs of heading a body, in an apposition: "Oleh Syniehubov, who heads the Kharkiv regional military administration,". */
const HEADS = new Set(['heads', 'headed', 'leads', 'led', 'chairs', 'chaired', 'runs', 'ran', 'commands', 'commanded']);

function whoHeads(
  tokens: readonly Token[],
  last: number,
  person: Mention,
  mentionAt: (t: Token | undefined) => Mention | undefined,
): TitleCue | null {
  if (
    !tokens[last].post.startsWith(',') ||
    fold(tokens[last + 1]?.text ?? '') !== 'who' ||
    !HEADS.has(fold(tokens[last + 2]?.text ?? ''))
  )
    return null;
  // What is headed: the first body or place after the verb, before the clause ends.
  for (let j = last + 3; j < tokens.length && j < last + 3 + MAX_TITLE_WORDS; j++) {
    const of = mentionAt(tokens[j]);
    // Leading a delegation is LEADS (talk-sides.ts), not an office held (LABELS.md).
    if (of?.kind === 'DELEGATION') return null;
    if (of && (of.type === EntityType.ORGANIZATION || of.kind === 'REGION' || of.kind === 'DISTRICT')) {
      const verb = tokens[last + 2];
      return {
        person,
        title: 'head',
        of,
        start: person.start,
        end: of.end,
        rule: `who ${fold(verb.text)} it`,
        confidence: 0.75,
      };
    }
    if (/[,.;]/.test(tokens[j].post)) break;
  }
  return null;
}

/** The last word of a title that goes on in lower case to the end of its clause. */
function runOn(tokens: readonly Token[], head: number): number {
  let j = head;
  while (j + 1 < tokens.length && joins(tokens[j]) && !isCapitalized(tokens[j + 1])) j++;
  return j;
}

/** "Ukraine's human rights commissioner, Dmytro Lubinets,": a possessive owner, the title, a comma, the name. */
function titleWithComma(
  text: string,
  tokens: readonly Token[],
  first: number,
  person: Mention,
  mentionAt: (t: Token | undefined) => Mention | undefined,
): TitleCue | null {
  const head = tokens[first - 1];
  if (!head || !head.post.startsWith(',') || !TITLE_HEADS.has(key(head)) || isCapitalized(head)) return null;
  let i = first - 2;
  while (i >= 0 && first - 1 - i <= MAX_TITLE_WORDS && !isCapitalized(tokens[i]) && joins(tokens[i])) i--;
  const owner = i >= 0 && isPossessive(tokens[i]) ? mentionAt(tokens[i]) : undefined;
  if (!owner) return null;
  return {
    person,
    title: text.slice(tokens[i + 1].start, head.end),
    of: owner,
    start: tokens[i].start,
    end: person.end,
    rule: 'title before the name and a comma',
    confidence: 0.8,
  };
}
