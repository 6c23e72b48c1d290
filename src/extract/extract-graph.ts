import { scanBodies } from './bodies';
import { DraftBuilder } from './builder';
import type { Extraction } from './draft';
import { type ResolvedEntity, resolveEntities } from './entities';
import type { Gazetteer } from './gazetteer';
import type { Mention } from './mention';
import { scanNames } from './names';
import { scanAnonymous } from './anonymous';
import { withoutTitleCaseNames } from './headline';
import { addAttacks, findAttacks } from './attacks';
import { addFigures } from './figures';
import { quotedSpans } from './quotes';
import { addTalks } from './talks';
import { statements } from './statements';
import { scanTitles } from './titles';
import { tokenize } from './tokens';

export interface ExtractInput {
  /** The article as it will be imported, headline first. */
  text: string;
}

/**
 * Reads one article into a draft graph linked to what `gazetteer` knows: the names first
 * (people, bodies, places), grouped into entities and linked; then what the text says of them.
 */
export function extractGraph(input: ExtractInput, gazetteer: Gazetteer): Extraction {
  const { text } = input;
  const sentences = tokenize(text);
  const names = scanNames(text, sentences, gazetteer);
  const mentions = withoutTitleCaseNames(
    text,
    sentences,
    distinct([...names.mentions, ...scanBodies(text, sentences, gazetteer), ...scanAnonymous(text, sentences)]),
    gazetteer,
  );
  const titles = [...names.titles, ...scanTitles(text, sentences, mentions)];
  const resolution = resolveEntities(mentions, gazetteer);
  const draft = new DraftBuilder(text, gazetteer);
  for (const e of resolution.entities) draft.idOf(e);
  for (const cue of titles) {
    const person = resolution.of.get(cue.person);
    if (!person) continue;
    const of = cue.of ? resolution.of.get(cue.of) : undefined;
    draft.position(
      {
        person: draft.idOf(person),
        title: cue.title,
        of: of ? draft.idOf(of) : null,
        evidence: [draft.quote(cue.start, cue.end)],
      },
      cue,
    );
  }
  const titled = new Map<ResolvedEntity, string[]>();
  for (const cue of titles) {
    const person = resolution.of.get(cue.person);
    if (person) titled.set(person, [...(titled.get(person) ?? []), cue.title]);
  }
  const passages = quotedSpans(text);
  const quoted = (at: number) => passages.some((p) => p.start <= at && at < p.end);
  const attacks = findAttacks(text, sentences, resolution, quoted);
  addAttacks(attacks, draft, gazetteer);
  const officials: [ResolvedEntity, ResolvedEntity][] = [];
  for (const cue of titles) {
    const person = resolution.of.get(cue.person);
    const of = cue.of ? resolution.of.get(cue.of) : undefined;
    if (person && of) officials.push([person, of]);
  }
  addTalks(text, sentences, resolution, officials, draft, quoted);
  const warnings = [
    ...resolution.warnings,
    ...statements(text, sentences, resolution, titled, draft, quoted),
    ...addFigures(sentences, resolution, titled, attacks, draft, quoted),
  ];
  const graph = draft.graph();
  // An import needs one entity at least: say why a draft of nothing cannot be imported.
  if (graph.entities.length === 0)
    warnings.push('no person, body, place, attack, talks or quote found: the draft is empty and cannot be imported');
  // Linked entities whose every quote was left out (spans.ts) are no longer in the draft.
  return { graph, linked: [...draft.linked].filter((id) => graph.entities.some((e) => e.id === id)), warnings };
}

/** One mention per span and type: two rules may find the same name. */
function distinct(mentions: Mention[]): Mention[] {
  const seen = new Map<string, Mention>();
  for (const m of mentions) {
    const k = `${m.type} ${m.start} ${m.end}`;
    const have = seen.get(k);
    if (!have || m.confidence > have.confidence) seen.set(k, m);
  }
  return [...seen.values()];
}
