import { EntityType } from '../domain/entity-type';
import { NegotiationStatus } from '../domain/negotiation-status';
import { Predicate } from '../domain/predicate';
import { fold } from '../text/fold';
import type { DraftBuilder } from './builder';
import { clauseAround } from './clauses';
import type { Resolution, ResolvedEntity } from './entities';
import type { Mention } from './mention';
import { leadsIn, partiesIn } from './talk-sides';
import type { Sentence, Token } from './tokens';

/** Words that make a sentence one about talks. */
const TALK_WORDS = new Set([
  'talks',
  'negotiations',
  'negotiation',
  'negotiators',
  'negotiator',
  'negotiating',
  'summit',
  'diplomacy',
  'mediated',
  'mediation',
  'mediating',
  'mediator',
  'mediators',
  'brokered',
  'delegation',
  'delegations',
  'truce',
  'ceasefire',
  'swap',
  'exchange',
]);
/** Words that are about talks only in an article that has some: "met", "the meeting", "hosted". */
const MEETING_WORDS = new Set([
  'met',
  'meeting',
  'meetings',
  'meet',
  'hosted',
  'host',
  'hosts',
  'round',
  'rounds',
  'session',
  'agreement',
  'agreements',
  'deal',
]);
/** Cues that the one who acts is between the sides ("mediated", "US-brokered", "shuttle diplomacy"). */
const MEDIATION = /^(?:mediat\w*|broker\w*|shuttle|facilitat\w*|intermediar\w*|go-between)$/;
const HOSTING = /^(?:host|hosts|hosted|hosting)$/;
/** Words that put talks in another time than the article's own. */
const BACKGROUND =
  /\b(?:earlier this (?:month|year|week)|last (?:year|month|week|spring|summer|autumn|winter)|previous (?:talks|round)|(?:failed|earlier) talks)\b/i;
const AGREED = /^(?:agreed|agree|agrees|agreement|agreements|deal|reached)$/;

type Named = [Mention, ResolvedEntity][];

/**
 * The talks an article tells of, as one negotiation: where they are held (a city or building
 * after "in" or "at", or the country that hosts them), who mediates (the agent of "mediated",
 * "brokered", shuttle diplomacy) and who takes part (the sides between whom, delegations and
 * those who lead them, the countries of the talk's sentences). Leading a delegation is LEADS.
 */
export function addTalks(
  text: string,
  sentences: readonly Sentence[],
  resolution: Resolution,
  officials: readonly [ResolvedEntity, ResolvedEntity][],
  draft: DraftBuilder,
  quoted: (at: number) => boolean,
): void {
  const named: Named = [...resolution.of.entries()]
    .filter(([m]) => !quoted(m.start))
    .sort(([a], [b]) => a.start - b.start);
  const core = sentences.filter((s) => s.tokens.some((t) => TALK_WORDS.has(fold(t.text)) && !quoted(t.start)));
  if (core.length === 0) return;
  const talk = sentences.filter(
    (s) => core.includes(s) || s.tokens.some((t) => MEETING_WORDS.has(fold(t.text)) && !quoted(t.start)),
  );
  const inSentence = (s: Sentence) => outermost(named.filter(([m]) => m.start >= s.start && m.end <= s.end));

  const venues = new Map<ResolvedEntity, { start: number; end: number }>();
  const mediators = new Map<ResolvedEntity, { start: number; end: number }>();
  const parties = new Map<ResolvedEntity, { start: number; end: number }>();
  const leads: [ResolvedEntity, ResolvedEntity, { start: number; end: number }][] = [];
  let agreed = false;
  const talkPeople = new Map<ResolvedEntity, { start: number; end: number }>();
  for (const s of core)
    for (const [m, e] of inSentence(s))
      if (e.type === EntityType.PERSON && !talkPeople.has(e)) talkPeople.set(e, span(m, m));
  for (const s of talk) {
    const tokens = s.tokens.filter((t) => !quoted(t.start));
    const here = inSentence(s);
    agreed ||= tokens.some((t) => AGREED.test(fold(t.text)));
    // Talks of another time ("a swap agreed at talks in Istanbul earlier this month") give no venue.
    const background = BACKGROUND.test(text.slice(s.start, s.end));
    for (const [m, e] of here) {
      if (e.type !== EntityType.LOCATION || background) continue;
      const i = tokens.findIndex((t) => t.start === m.start);
      const before = fold(tokens[i - 1]?.text ?? '');
      const after = tokens.filter((t) => t.start >= m.end).map((t) => fold(t.text));
      // "in Riyadh", "at the Dolmabahce Palace"; "in the Saudi capital"; "X hosted", "X, which (has) hosted".
      // "talks in Istanbul", "met in Riyadh", "a meeting at the Dolmabahce Palace": the place follows a word of the talks ("speaking in Kyiv" is no venue).
      const talkWord =
        fold(tokens[i - 2]?.text ?? '') === 'the' ? fold(tokens[i - 3]?.text ?? '') : fold(tokens[i - 2]?.text ?? '');
      const inPlace =
        (before === 'in' || before === 'at' || (before === 'the' && ['in', 'at'].includes(talkWord))) &&
        e.kind !== 'COUNTRY' &&
        (TALK_WORDS.has(talkWord) ||
          MEETING_WORDS.has(talkWord) ||
          /^(?:held|hosted|opened|began|continued|resumed|gathered|convened)$/.test(talkWord) ||
          fold(tokens[i - 2]?.text ?? '').endsWith("'s") ||
          (i === 1 && core.includes(s)));
      const capital =
        e.kind === 'COUNTRY' &&
        after[0] === 'capital' &&
        before === 'the' &&
        ['in', 'at'].includes(fold(tokens[i - 2]?.text ?? ''));
      const hosts =
        HOSTING.test(after[0] ?? '') ||
        (after[0] === 'which' && (HOSTING.test(after[1] ?? '') || HOSTING.test(after[2] ?? '')));
      const inCountry = before === 'in' && e.kind === 'COUNTRY' && isVenueCountry(tokens, tokens[i - 1]);
      if (inPlace || capital || hosts || inCountry) venues.set(e, span(m, m));
    }
    for (const [m, e] of mediatorsIn(tokens, here, named)) mediators.set(e, span(m, m));
    // Sides come from sentences about the talks themselves, not a mention of "further rounds".
    if (core.includes(s)) for (const [m, e] of partiesIn(tokens, here)) parties.set(e, span(m, m));
    for (const lead of leadsIn(tokens, here)) leads.push(lead);
  }
  // A mediator is no venue; a venue is no side (the host, in "talks in the Saudi capital").
  for (const e of [...venues.keys()]) if (mediators.has(e)) venues.delete(e);
  for (const e of mediators.keys()) parties.delete(e);
  // The country of the venue hosts the talks: no side of them ("in Riyadh, Saudi Arabia"). It
  // mediates when one of its officials takes part in them (a Turkish minister opening a meeting).
  const hosts = new Set([...venues.keys()].map((e) => e.country ?? e.stored?.id).filter(Boolean));
  for (const [e, at] of [...parties]) {
    if (!venues.has(e) && !(e.type === EntityType.LOCATION && e.kind === 'COUNTRY' && hosts.has(e.country))) continue;
    parties.delete(e);
    if (e.type === EntityType.LOCATION && officials.some(([person, of]) => of === e && talkPeople.has(person))) {
      mediators.set(e, at);
      for (const [person, of] of officials)
        if (of === e && talkPeople.has(person)) mediators.set(person, talkPeople.get(person)!);
    }
  }
  for (const [person, delegation] of leads)
    if (!mediators.has(person) && parties.has(delegation)) parties.set(person, leads.find((l) => l[0] === person)![2]);
  if (parties.size + mediators.size === 0) return;

  const first = core[0].tokens.find((t) => TALK_WORDS.has(fold(t.text)) && !quoted(t.start))!;
  const venue = [...venues.keys()][0];
  const sides = [...parties.keys()].filter((e) => e.type === EntityType.LOCATION).map((e) => e.name);
  const name = `Talks${sides.length >= 2 ? ` between ${sides.slice(0, 2).join(' and ')}` : ''}${venue ? ` in ${venue.name}` : ''}`;
  const id = draft.addEntity(
    {
      type: EntityType.NEGOTIATION,
      name,
      aliases: [],
      mentions: [draft.quote(first.start, first.end)],
      status: agreed ? NegotiationStatus.AGREED : NegotiationStatus.ONGOING,
      topics: [],
      outcome: null,
    },
    { rule: 'talks of the article', confidence: 0.6 },
  );
  const made = (rule: string) => ({ rule, confidence: 0.6 });
  for (const [e, at] of venues)
    if (e.type === EntityType.LOCATION)
      draft.relate(draft.idOf(e), Predicate.HOSTS, id, [draft.quote(at.start, at.end)], made('venue of the talks'));
  for (const [e, at] of mediators)
    draft.relate(draft.idOf(e), Predicate.MEDIATES, id, [draft.quote(at.start, at.end)], made('mediator of the talks'));
  for (const [e, at] of parties)
    draft.relate(
      draft.idOf(e),
      Predicate.PARTICIPATES_IN,
      id,
      [draft.quote(at.start, at.end)],
      made('side at the talks'),
    );
  for (const [person, delegation, at] of leads) {
    if (person.type === EntityType.PERSON && delegation.type === EntityType.ORGANIZATION)
      draft.relate(
        draft.idOf(person),
        Predicate.LEADS,
        draft.idOf(delegation),
        [draft.quote(at.start, at.end)],
        made('leads the delegation'),
      );
  }
}

/** "talks in Saudi Arabia", "shuttle diplomacy in the Saudi capital": a country after "in" right after a talk word or "capital". */
function isVenueCountry(tokens: readonly Token[], before: Token): boolean {
  const i = tokens.indexOf(before);
  const word = fold(tokens[i - 1]?.text ?? '');
  return TALK_WORDS.has(word) || MEETING_WORDS.has(word) || word === 'diplomacy';
}

/** The agent of mediation: "mediated by X", "X-brokered", "X mediated", or the actor of a sentence with such a cue. */
function mediatorsIn(tokens: readonly Token[], here: Named, named: Named): Named {
  const found: Named = [];
  for (const [i, t] of tokens.entries()) {
    const word = fold(t.text);
    if (!MEDIATION.test(word)) continue;
    // "the Qatari mediators", "its mediation": a noun names its mediator right before it, or none.
    if (/^(?:mediators?|brokers?|mediation)$/.test(word)) {
      const before = here.find(([m]) => m.end <= t.start && t.start - m.end <= 2);
      if (before) found.push(before);
      continue;
    }
    if (fold(tokens[i + 1]?.text ?? '') === 'by') {
      const by = here.find(([m]) => m.start > tokens[i + 1].end);
      if (by) found.push(by);
      continue;
    }
    const hyphened = i > 0 && tokens[i - 1].post === '-' ? here.find(([m]) => m.end === tokens[i - 1].end) : undefined;
    if (hyphened) {
      found.push(hyphened);
      continue;
    }
    // "talks it had mediated": the pronoun's referent; else the first actor of the sentence.
    const pronoun = fold(tokens[i - 1]?.text ?? '') === 'had' ? tokens[i - 2] : tokens[i - 1];
    if (pronoun && ['it', 'he', 'she'].includes(fold(pronoun.text))) {
      // The subject of the sentence first ("Qatar said ... after talks it had mediated"), else the last one named.
      const fits = ([, e]: [Mention, ResolvedEntity]) =>
        fold(pronoun.text) === 'it' ? e.type !== EntityType.PERSON : e.type === EntityType.PERSON;
      const subject = here.find(
        (pair) =>
          pair[0].end <= pronoun.start &&
          fits(pair) &&
          (pair[1].type !== EntityType.LOCATION || pair[1].kind === 'COUNTRY'),
      );
      const earlier = subject ?? [...named].reverse().find((pair) => pair[0].end <= pronoun.start && fits(pair));
      if (earlier) found.push(earlier);
      continue;
    }
    // The actor nearest before the verb in its clause ("where Turkish President Tayyip Erdogan has offered to mediate"), else the sentence's first.
    const acts = ([m, e]: [Mention, ResolvedEntity]) =>
      m.end <= t.start && (e.type !== EntityType.LOCATION || e.kind === 'COUNTRY');
    const clauseStart = tokens[clauseAround(tokens, i).from].start;
    const near = [...here].reverse().find((pair) => acts(pair) && pair[0].start >= clauseStart);
    const actor = near ?? here.find(acts);
    if (actor) found.push(actor);
  }
  return found;
}

function outermost(list: Named): Named {
  return list.filter(
    ([m]) => !list.some(([o]) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
}

function span(a: Mention, b: Mention): { start: number; end: number } {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
