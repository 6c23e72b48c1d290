import { FigureMetric } from '../domain/figure-metric';
import { Weapon } from '../domain/weapon';
import { fold } from '../text/fold';
import type { AttackGroup } from './attacks';
import type { DraftBuilder } from './builder';
import { clauseAround, partAround } from './clauses';
import type { Resolution, ResolvedEntity } from './entities';
import { METRIC_WORDS, NOT_COUNTED, PEOPLE_WORDS, QUALIFIERS, WEAPON_WORDS } from './event-words';
import { type Count, countAt } from './numbers';
import type { Sentence, Token } from './tokens';
import { reporterOf } from './reporters';
import { isCapitalized } from './words';

type Metric = FigureMetric;

/** How far a metric's word may be from its count, in words. */
const REACH = 10;
const CASUALTIES = new Set<Metric>([FigureMetric.KILLED, FigureMetric.INJURED]);

/**
 * Counts of the five metrics: a number (digits or words) with a cue of its metric in its clause
 * ("killing nine people", "12 people had died", "74 were shot down", "69 were lost from
 * radar"), counting people for a toll and weapons for the rest. Sub-counts ("six children among
 * them", "six of the injured"), ages, times and places counted are no figures. The reporter is
 * whom the sentence names as saying it ("according to", "said", "wrote"), through a pronoun or
 * a title back to the last one named; null when it names none.
 */
export function addFigures(
  sentences: readonly Sentence[],
  resolution: Resolution,
  titles: ReadonlyMap<ResolvedEntity, string[]>,
  attacks: readonly AttackGroup[],
  draft: DraftBuilder,
  quoted: (at: number) => boolean,
): string[] {
  const warnings: string[] = [];
  const named = [...resolution.of.entries()].filter(([m]) => !quoted(m.start)).sort(([a], [b]) => a.start - b.start);
  for (const s of sentences) {
    const tokens = s.tokens.filter((t) => !quoted(t.start));
    let previous: Metric | null = null;
    let lastAttack: AttackGroup | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const count = countAt(tokens, i);
      if (!count || !counted(tokens, count)) continue;
      // "including two children" counts who the toll holds: a part of it, no figure.
      if (
        fold(tokens[count.from - 1]?.text ?? '') === 'including' &&
        PEOPLE_WORDS.has(fold(tokens[count.to + 1]?.text ?? ''))
      )
        continue;
      const metric: Metric | null =
        metricOf(tokens, count) ?? (continuesFigure(tokens, count) ? previous : null) ?? tollRisenTo(tokens, count);
      i = count.to;
      if (!metric || !fits(tokens, count, metric)) continue;
      previous = metric;
      const attack = attackFor(attacks, s.index, tokens, count, lastAttack);
      lastAttack = attack;
      if (!attack?.id) {
        warnings.push(`a figure (${metric} ${count.value}) of no attack the draft holds: left out`);
        continue;
      }
      const reporter = reporterOf(tokens, count, named, titles, s);
      const evidence = evidenceOf(tokens, count);
      draft.figure(
        {
          attack: attack.id,
          metric,
          value: count.value,
          qualifier: qualifierOf(tokens, count),
          reportedBy: reporter ? draft.idOf(reporter) : null,
          evidence: [draft.quote(evidence.start, evidence.end)],
        },
        { rule: reporter ? 'count, metric and reporter' : 'count and metric', confidence: reporter ? 0.75 : 0.65 },
      );
    }
  }
  return warnings;
}

/** No age ("five-year-old"), no year, no date, no compound ("three-storey"), no things counted. */
function counted(tokens: readonly Token[], c: Count): boolean {
  const last = tokens[c.to];
  if (last.post === '-' || /^(?:19|20)\d\d$/.test(last.text)) return false;
  const before = tokens[c.from - 1];
  if (before && /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(before.text) && isCapitalized(before))
    return false;
  // "ten sites", "three other communities": a noun of things within two words after the count.
  if (tokens.slice(c.to + 1, c.to + 3).some((t) => NOT_COUNTED.has(fold(t.text)))) return false;
  const after = tokens.slice(c.to + 1, c.to + 5).map((t) => fold(t.text));
  // "six of the injured", "seven of whose staff", "two of whom": a part of a toll counted before.
  if (after[0] === 'of' && (after[1] === 'whom' || after[1] === 'whose')) return false;
  if (
    after[0] === 'of' &&
    after[1] === 'the' &&
    ['injured', 'dead', 'wounded', 'killed', 'victims'].includes(after[2] ?? '')
  )
    return false;
  if (after.includes('among') && after.includes('them')) return false;
  // "Among the dead were three children": a part of a toll.
  const lead = tokens.slice(Math.max(0, c.from - 5), c.from).map((t) => fold(t.text));
  if (lead.includes('among') && lead.some((w) => ['dead', 'injured', 'wounded', 'killed', 'victims'].includes(w)))
    return false;
  // "three of them children": a part of a toll by who they were.
  if (after[0] === 'of' && after[1] === 'them' && PEOPLE_WORDS.has(after[2] ?? '')) return false;
  return true;
}

/** The metric whose cue is nearest the count in its part of the clause (split at "and"), or else its clause. */
function metricOf(tokens: readonly Token[], c: Count): Metric | null {
  for (const span of [partAround(tokens, c.from), clauseAround(tokens, c.from)]) {
    let best: { metric: Metric; distance: number } | null = null;
    for (let i = span.from; i <= span.to; i++) {
      const metric = cueAt(tokens, i);
      if (!metric) continue;
      const distance = i < c.from ? c.from - i : i - c.to;
      if (distance > REACH) continue;
      // "11 of 14 Shahed drones": the second count is how many came, the first how many were downed.
      if (best === null || distance < best.distance || (distance === best.distance && i > c.to))
        best = { metric, distance };
    }
    if (best)
      return ofTotal(tokens, c) && best.metric === FigureMetric.INTERCEPTED ? FigureMetric.LAUNCHED : best.metric;
  }
  return null;
}

/** "The death toll from a ... strike on the city of Sumy rose to 14": a toll, however far its word, when the count ends the rise. */
function tollRisenTo(tokens: readonly Token[], c: Count): Metric | null {
  if (fold(tokens[c.from - 1]?.text ?? '') !== 'to') return null;
  const clause = clauseAround(tokens, c.from);
  return tokens.slice(clause.from, c.from).some((t) => fold(t.text) === 'toll') ? FigureMetric.KILLED : null;
}

/** "destroyed 11 of 14 drones": `c` is the 14, a total after "N of". */
function ofTotal(tokens: readonly Token[], c: Count): boolean {
  return fold(tokens[c.from - 1]?.text ?? '') === 'of' && c.from >= 2 && countAt(tokens, c.from - 2) !== null;
}

function cueAt(tokens: readonly Token[], i: number): Metric | null {
  const word = fold(tokens[i].text);
  const metric = METRIC_WORDS[word];
  if (!metric) return null;
  const next = fold(tokens[i + 1]?.text ?? '');
  if (word === 'shot' || word === 'shoot') return next === 'down' ? metric : null;
  if (word === 'reach')
    return ['not', 'failed', "didn't"].some((w) => tokens.slice(Math.max(0, i - 3), i).some((t) => fold(t.text) === w))
      ? metric
      : null;
  if (word === 'lost') return ['from', 'to'].includes(next) || next === 'locally' ? metric : null;
  if (word === 'sent' && !WEAPON_WORDS[next] && countAt(tokens, i + 1) === null) return null;
  if (word === 'attacked') return tokens.slice(i + 1, i + 4).some((t) => fold(t.text) === 'with') ? metric : null;
  return metric;
}

/** "including 48 missiles", "91 of them over the Moscow region", "and 126 over the Kursk region": a count that goes on the figure before it, with its metric. */
function continuesFigure(tokens: readonly Token[], c: Count): boolean {
  const before = fold(tokens[c.from - 1]?.text ?? '');
  const after = fold(tokens[c.to + 1]?.text ?? '');
  return (
    (before === 'including' && !PEOPLE_WORDS.has(after)) ||
    (after === 'of' && fold(tokens[c.to + 2]?.text ?? '') === 'them') ||
    (before === 'and' && IN_PLACE_WORDS.has(after))
  );
}

const IN_PLACE_WORDS = new Set(['over', 'in', 'near', 'across', 'above']);

/** A toll counts people (or nothing named: "90 had been injured"); the other metrics count weapons or what was said of them. */
function fits(tokens: readonly Token[], c: Count, metric: Metric): boolean {
  const nouns = tokens.slice(c.to + 1, c.to + 4).map((t) => fold(t.text));
  const person = nouns.findIndex((w) => PEOPLE_WORDS.has(w));
  const weapon = nouns.findIndex((w) => WEAPON_WORDS[w] !== undefined && WEAPON_WORDS[w] !== Weapon.ARTILLERY);
  if (CASUALTIES.has(metric)) return weapon < 0 || (person >= 0 && person < weapon);
  return person < 0 || (weapon >= 0 && weapon < person);
}

/** The attack a count belongs to: by the weapon it counts, else one told of in its sentence, else the last before it. */
function attackFor(
  attacks: readonly AttackGroup[],
  sentence: number,
  tokens: readonly Token[],
  c: Count,
  before?: AttackGroup,
): AttackGroup | undefined {
  const noun = tokens
    .slice(c.to + 1, c.to + 4)
    .map((t) => WEAPON_WORDS[fold(t.text)])
    .find(Boolean);
  const here = attacks.filter((a) => a.sentences.has(sentence));
  // "38 drones were shot down and four were lost": a count naming no weapon goes with the one before it.
  if (!noun && before) return before;
  return (
    (noun ? here.find((a) => a.weapon === noun) : undefined) ??
    here[0] ??
    [...attacks]
      .filter((a) => Math.min(...a.sentences) <= sentence)
      .sort(
        (a, b) =>
          Math.max(...[...b.sentences].filter((x) => x <= sentence)) -
          Math.max(...[...a.sentences].filter((x) => x <= sentence)),
      )[0] ??
    attacks[0]
  );
}

function qualifierOf(tokens: readonly Token[], c: Count): string | null {
  const before = tokens
    .slice(Math.max(0, c.from - 2), c.from)
    .map((t) => t.text)
    .join(' ');
  const found = QUALIFIERS.find((q) => fold(before).endsWith(q));
  // "killed five people, including a 10-year-old boy,": who the toll holds goes with it, as the seed keeps it.
  const part = clauseAround(tokens, c.from);
  const next = tokens[part.to + 1];
  let including: string | null = null;
  if (next && fold(next.text) === 'including' && part.to - c.to <= 3) {
    const clause = clauseAround(tokens, part.to + 1);
    including = tokens
      .slice(part.to + 1, clause.to + 1)
      .map((t, i, all) => t.text + (i < all.length - 1 ? t.post : ''))
      .join('');
  }
  return [found, including?.slice(0, 120)].filter(Boolean).join(', ') || null;
}

/** The words that give the figure: from its cue to its count and what is counted, in one sentence. */
function evidenceOf(tokens: readonly Token[], c: Count): { start: number; end: number } {
  const part = partAround(tokens, c.from);
  let from = c.from;
  let to = c.to;
  for (let i = Math.max(part.from, c.from - REACH); i < c.from; i++) if (cueAt(tokens, i)) from = Math.min(from, i);
  for (let i = c.to + 1; i <= Math.min(part.to, c.to + REACH); i++)
    if (cueAt(tokens, i) || PEOPLE_WORDS.has(fold(tokens[i].text)) || WEAPON_WORDS[fold(tokens[i].text)]) to = i;
  return { start: tokens[from].start, end: tokens[to].end };
}
