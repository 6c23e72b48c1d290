import type { EntityType } from '../../../../graph/generated/graphql';
import { type EntityRef, TYPE_LABELS, TYPE_PLURALS, humanize, sentenceCase } from '../entity-types';
import type { TextRange } from '../json-locate';
import type { DraftGraph, DraftQuote } from './draft-graph';
import { type ItemKey, figureKey, positionKey, relationKey } from './draft-prune';

/** One line of the review: something the editor can accept or drop. */
export interface DraftRow {
  key: ItemKey;
  /** The entity's type; null for a relation, a position or a figure. */
  type: EntityType | null;
  title: string;
  /** The words it stands on, as the article gives them; null for a stored entity the draft only points at. */
  quote: string | null;
  confidence: number | null;
  rule: string | null;
  /** Stored already: the import adds this article's words to it. */
  linked: boolean;
  /** What the draft says of it: an attack's perpetrator and targets, a statement's speaker... */
  details: string[];
  /** An attack's figures, by who reported them. */
  figures: { reporter: string; rows: DraftRow[] }[];
}

export interface DraftGroup {
  title: string;
  rows: DraftRow[];
}

/** The entity types in the order the review lists them. */
const ORDER: EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'ATTACK', 'NEGOTIATION', 'STATEMENT'];
const PREFIXES = new Map<string, EntityType>(ORDER.map((type) => [type.toLowerCase(), type]));

/** An id's type, from its prefix (`person:...`), as every id of the graph carries it. */
export const typeOfId = (id: string): EntityType | null => PREFIXES.get(id.slice(0, id.indexOf(':'))) ?? null;

/** Where a quote stands in the text: inside its `within` when it has one, else its one place. */
export function locateQuote(text: string, q: DraftQuote): TextRange | null {
  const base = q.within === undefined ? 0 : text.indexOf(q.within);
  if (base < 0) return null;
  const at = q.within === undefined ? text.indexOf(q.quote) : q.within.indexOf(q.quote);
  return at < 0 ? null : { start: base + at, end: base + at + q.quote.length };
}

/** A mark in the article: an entity's mention in its type's colour, or the words a relation, position or figure stands on. */
export interface DraftMark extends TextRange {
  type: EntityType | null;
  label: string;
}

/** Every quote of the draft where it stands in the text. */
export function draftMarks(text: string, graph: DraftGraph, nameOf: (id: string) => string): DraftMark[] {
  const marks: DraftMark[] = [];
  const add = (quotes: readonly DraftQuote[], type: EntityType | null, label: string) => {
    for (const q of quotes) {
      const range = locateQuote(text, q);
      if (range) marks.push({ ...range, type, label });
    }
  };
  for (const e of graph.entities) add(e.mentions, e.type, `${TYPE_LABELS[e.type]}: ${e.name}`);
  graph.relations.forEach((r) => add(r.evidence, null, relationTitle(r.subject, r.predicate, r.object, nameOf)));
  graph.positions.forEach((p) => add(p.evidence, null, positionTitle(p.person, p.title, p.of, nameOf)));
  graph.figures.forEach((f) => add(f.evidence, null, `${sentenceCase(f.metric)}: ${f.value}`));
  return marks;
}

/** A run of the text, under the innermost mark that covers it (a name inside a quoted sentence shows as the name). */
export interface MarkedRun {
  start: number;
  text: string;
  mark: DraftMark | null;
}

export function markedRuns(text: string, marks: readonly DraftMark[]): MarkedRun[] {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const runs: MarkedRun[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    let mark: DraftMark | null = null;
    for (const m of marks) {
      if (m.start > start || m.end < end) continue;
      // The shortest wins; of two alike, an entity's mention over the words of a relation.
      if (
        !mark ||
        m.end - m.start < mark.end - mark.start ||
        (m.end - m.start === mark.end - mark.start && m.type && !mark.type)
      )
        mark = m;
    }
    const last = runs.at(-1);
    if (last && last.mark === mark) last.text += text.slice(start, end);
    else runs.push({ start, text: text.slice(start, end), mark });
  }
  return runs;
}

export const relationTitle = (subject: string, predicate: string, object: string, nameOf: (id: string) => string) =>
  `${nameOf(subject)} ${humanize(predicate)} ${nameOf(object)}`;

export const positionTitle = (person: string, title: string, of: string | null, nameOf: (id: string) => string) =>
  `${nameOf(person)}: ${title}${of ? ` of ${nameOf(of)}` : ''}`;

/**
 * The draft as the review lists it: people, organizations, places, attacks (with their figures
 * by reporter), negotiations, statements, then the titles and links between them. Stored
 * entities the draft only points at are listed too, so dropping them is a choice like any other.
 */
export function draftGroups(
  graph: DraftGraph,
  linked: ReadonlySet<string>,
  stored: ReadonlyMap<string, EntityRef>,
): DraftGroup[] {
  const drafted = new Map(graph.entities.map((e) => [e.id, e]));
  const nameOf = (id: string) => drafted.get(id)?.name ?? stored.get(id)?.name ?? id;
  const names = (ids: string[]) => ids.map(nameOf).join(', ');
  /** The other ends of the `predicate` relations at `id`, which stand on their `side`. */
  const related = (predicate: string, side: 'subject' | 'object', id: string) =>
    graph.relations
      .filter((r) => r.predicate === predicate && r[side === 'subject' ? 'object' : 'subject'] === id)
      .map((r) => r[side]);
  const detail = (label: string, ids: string[]) => (ids.length > 0 ? [`${label} ${names(ids)}`] : []);

  const blank = { details: [], figures: [] };
  const rows = new Map<EntityType, DraftRow[]>(ORDER.map((type) => [type, []]));
  for (const e of graph.entities) {
    const row: DraftRow = {
      ...blank,
      key: e.id,
      type: e.type,
      title: e.name,
      quote: e.type === 'STATEMENT' && e.text ? e.text : (e.mentions[0]?.quote ?? null),
      confidence: e.confidence ?? null,
      rule: e.rule ?? null,
      linked: linked.has(e.id),
    };
    rows.get(e.type)?.push(row);
  }
  const pointedAt = new Set([
    ...graph.relations.flatMap((r) => [r.subject, r.object]),
    ...graph.positions.flatMap((p) => (p.of ? [p.person, p.of] : [p.person])),
    ...graph.figures.flatMap((f) => (f.reportedBy ? [f.attack, f.reportedBy] : [f.attack])),
    ...linked,
  ]);
  for (const id of pointedAt) {
    const type = stored.get(id)?.type ?? typeOfId(id);
    if (drafted.has(id) || !type) continue;
    rows.get(type)?.push({
      ...blank,
      key: id,
      type,
      title: nameOf(id),
      quote: null,
      confidence: null,
      rule: null,
      linked: linked.has(id),
    });
  }

  for (const row of rows.get('ATTACK') ?? []) {
    const weapon = drafted.get(row.key)?.weapon;
    row.details = [
      ...(weapon ? [`weapon: ${humanize(weapon)}`] : []),
      ...detail('carried out by', related('CARRIED_OUT', 'subject', row.key)),
      ...detail('targeted', related('TARGETED', 'object', row.key)),
      ...detail('in', related('OCCURRED_IN', 'object', row.key)),
    ];
    const byReporter = new Map<string, DraftRow[]>();
    graph.figures.forEach((f, i) => {
      if (f.attack !== row.key) return;
      const reporter = f.reportedBy ? nameOf(f.reportedBy) : 'No one named';
      const figure: DraftRow = {
        ...blank,
        key: figureKey(i),
        type: null,
        title: `${sentenceCase(f.metric)}: ${f.qualifier ? `${f.qualifier} ` : ''}${f.value}`,
        quote: f.evidence[0]?.quote ?? null,
        confidence: f.confidence ?? null,
        rule: f.rule ?? null,
        linked: false,
      };
      byReporter.set(reporter, [...(byReporter.get(reporter) ?? []), figure]);
    });
    row.figures = [...byReporter].map(([reporter, figures]) => ({ reporter, rows: figures }));
  }
  for (const row of rows.get('NEGOTIATION') ?? []) {
    row.details = [
      ...detail('hosted by', related('HOSTS', 'subject', row.key)),
      ...detail('mediated by', related('MEDIATES', 'subject', row.key)),
      ...detail('between', related('PARTICIPATES_IN', 'subject', row.key)),
    ];
  }
  for (const row of rows.get('STATEMENT') ?? []) {
    row.details = [
      ...detail('said by', related('SAID', 'subject', row.key)),
      ...detail('about', related('ABOUT', 'object', row.key)),
    ];
  }

  const links: DraftRow[] = [
    ...graph.positions.map((p, i) => ({
      ...blank,
      key: positionKey(i),
      type: null,
      title: positionTitle(p.person, p.title, p.of, nameOf),
      quote: p.evidence[0]?.quote ?? null,
      confidence: p.confidence ?? null,
      rule: p.rule ?? null,
      linked: false,
    })),
    ...graph.relations.map((r, i) => ({
      ...blank,
      key: relationKey(i),
      type: null,
      title: relationTitle(r.subject, r.predicate, r.object, nameOf),
      quote: r.evidence[0]?.quote ?? null,
      confidence: r.confidence ?? null,
      rule: r.rule ?? null,
      linked: false,
    })),
  ];
  return [
    ...ORDER.map((type) => ({ title: TYPE_PLURALS[type], rows: rows.get(type) ?? [] })),
    { title: 'Titles and links', rows: links },
  ].filter((group) => group.rows.length > 0);
}
