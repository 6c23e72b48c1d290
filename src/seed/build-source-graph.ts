import { EntityType } from '../domain/entity-type';
import { UserErrorCode } from '../domain/user-error-code';
import { mergeEntity } from '../store/merge-entity';
import { Predicate } from '../domain/predicate';
import type { EntityRecord, EvidenceInput, FigureRecord, PositionRecord, RelationRecord, SentenceRecord, SourceGraph } from '../store/records';
import type { WriteProblem } from '../store/write-records';
import { findingOccurrences } from '../text/occurrences';
import { splittingSentences } from '../text/sentences';
import { type Steps, runNow } from '../time-slices';
import { locateQuote } from './locate-quote';
import { PREDICATE_RULES } from '../domain/predicate-rules';
import { SeedError } from './seed-error';
import { slugify } from '../text/slug';
import { quotedValues, uncitedWords } from '../writes/rules/cited-words';
import { selfRelation } from '../writes/rules/stated-facts';
import { type SeedGraphFile, type SeedQuote, type SeedSource } from './seed-file';
import { checkEntityShape, figureId, relationRecord, toEntityRecord } from './seed-records';


/** A built graph, and every problem found on the way; the graph is only to be written when there are none. */
export interface CheckedSourceGraph {
  graph: SourceGraph;
  /** Fields are paths into graph.json, e.g. `["relations", "3", "evidence", "0", "quote"]`. */
  problems: WriteProblem[];
}

/** `checkSourceGraph` for a seed: the first problem thrown as a SeedError. */
export function buildSourceGraph(source: SeedSource, text: string, file: SeedGraphFile, known?: ReadonlyMap<string, EntityRecord>): SourceGraph {
  const { graph, problems } = checkSourceGraph(source, text, file, known);
  const first = problems[0];
  if (first) throw new SeedError(first.message, { code: first.code, path: first.field, quote: first.quote, within: first.within });
  return graph;
}

/**
 * Turns a validated seed into the records the store writes: every quote located, every
 * reference checked against the entities and the predicate rules, positions with an `of`
 * mirrored as HOLDS_POSITION relations so the generic graph sees them too. `known` holds the
 * stored entities the file gives again or links to: those given again must merge
 * (`mergeEntity`), links may end at them. Goes on past a bad item, so one pass finds every
 * problem.
 */
export function checkSourceGraph(
  source: SeedSource,
  text: string,
  file: SeedGraphFile,
  known: ReadonlyMap<string, EntityRecord> = new Map(),
): CheckedSourceGraph {
  return runNow(checkingSourceGraph(source, text, file, known));
}

/**
 * `checkSourceGraph` as steps that may pause between items (see time-slices.ts), for imports
 * of megabytes. Every look-up is linear in the input overall: the text is split once, every
 * quote and quoted word is counted in one pass over it (`findingOccurrences`), and sentences,
 * a position's evidence and the cardinality counts are found without scanning lists per item.
 */
export function* checkingSourceGraph(
  source: SeedSource,
  text: string,
  file: SeedGraphFile,
  known: ReadonlyMap<string, EntityRecord> = new Map(),
): Steps<CheckedSourceGraph> {
  const spans = yield* splittingSentences(text);
  const occurrences = yield* findingOccurrences(text, needlesOf(file));
  const evidence: EvidenceInput[] = [];
  const problems: WriteProblem[] = [];
  /** Runs one item's checks; a SeedError becomes a problem, and the next item goes on. */
  const attempt = <T>(path: string[], run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof SeedError)) throw error;
      const field = error.path.length > 0 ? error.path : path;
      problems.push({ code: error.code, field, message: error.message, quote: error.quote, within: error.within });
      return undefined;
    }
  };
  /** `label` names the list in messages, e.g. "relations[3] (...).evidence"; `path` is the list's path. */
  const cite = (ownerId: string, quotes: SeedQuote[], label: string, path: string[]) => {
    quotes.forEach((q, i) => {
      attempt([...path, String(i)], () => {
        const located = locateQuote(text, spans, q, `${label}[${i}]`, [...path, String(i)], occurrences);
        evidence.push({ ownerId, sourceId: source.id, ...located });
      });
    });
  };

  const entities = new Map<string, EntityRecord>();
  for (const [i, e] of file.entities.entries()) {
    const item = `entities[${i}] (${e.id})`;
    const at = ['entities', String(i)];
    attempt(at, () => {
      checkEntityShape(e, item, at);
      if (entities.has(e.id)) throw new SeedError(`${item}: id is used twice`, { path: [...at, 'id'] });
      const record = toEntityRecord(e);
      const stored = known.get(e.id);
      if (stored) {
        const outcome = mergeEntity(stored, record);
        if ('problem' in outcome) {
          throw new SeedError(`${item}: ${outcome.problem.message}`, { code: outcome.problem.code, path: [...at, outcome.problem.field] });
        }
      }
      entities.set(e.id, record);
    });
    for (const { field, value } of uncitedWords(e, [occurrences])) {
      const label = field.length > 1 ? `${field[0]}[${field[1]}]` : field[0];
      problems.push({
        code: UserErrorCode.QUOTE_NOT_FOUND,
        field: [...at, ...field],
        message: `${item}.${label} "${value}" is not words of the source`,
        quote: value,
        within: null,
      });
    }
    cite(e.id, e.mentions, `${item}.mentions`, [...at, 'mentions']);
    yield;
  }

  const typeOf = (id: string | null | undefined, item: string, path: string[], allowed?: EntityType[]): EntityType | undefined => {
    if (id == null) return undefined;
    const entity = entities.get(id) ?? known.get(id);
    if (!entity) throw new SeedError(`${item}: no entity has id "${id}"`, { code: UserErrorCode.UNKNOWN_REFERENCE, path });
    if (allowed && !allowed.includes(entity.type)) {
      throw new SeedError(`${item}: "${id}" is a ${entity.type}, expected ${allowed.join(' or ')}`, { code: UserErrorCode.TYPE_MISMATCH, path });
    }
    return entity.type;
  };

  const relations = new Map<string, RelationRecord>();
  const addRelation = (r: RelationRecord, quotes: SeedQuote[], item: string, at: string[], ends: { subject: string; object: string }) => {
    const rule = PREDICATE_RULES[r.predicate];
    const ok = [
      attempt([...at, ends.subject], () => typeOf(r.subjectId, `${item}.${ends.subject}`, [...at, ends.subject], rule.subject)),
      attempt([...at, ends.object], () => typeOf(r.objectId, `${item}.${ends.object}`, [...at, ends.object], rule.object)),
    ];
    const self = selfRelation(r);
    if (self) {
      problems.push({ code: UserErrorCode.INVALID, field: [...at, ends.object], message: `${item}: ${self}` });
      return;
    }
    if (relations.has(r.id)) {
      problems.push({ code: UserErrorCode.INVALID, field: at, message: `${item}: the relation ${r.id} is stated twice; give it one entry with all its evidence` });
      return;
    }
    if (ok.every((t) => t !== undefined)) relations.set(r.id, r);
    cite(r.id, quotes, `${item}.evidence`, [...at, 'evidence']);
  };

  const positions: PositionRecord[] = [];
  for (const [i, p] of file.positions.entries()) {
    const item = `positions[${i}] (${p.person} ${p.title})`;
    const at = ['positions', String(i)];
    const person = attempt(at, () => typeOf(p.person, `${item}.person`, [...at, 'person'], [EntityType.PERSON]));
    const id = `position:${slugify(p.person)}--${slugify(p.title)}${p.of ? `--${slugify(p.of)}` : ''}`;
    const cited = evidence.length;
    cite(id, p.evidence, `${item}.evidence`, [...at, 'evidence']);
    if (p.of) {
      const relation = relationRecord(p.person, Predicate.HOLDS_POSITION, p.of, p.title);
      addRelation(relation, [], item, at, { subject: 'person', object: 'of' });
      // The mirrored relation is cited by the position's own words: those just located.
      evidence.push(...evidence.slice(cited).map((e) => ({ ...e, ownerId: relation.id })));
    }
    if (person) positions.push({ id, personId: p.person, title: p.title, ofId: p.of ?? null });
    yield;
  }

  for (const [i, r] of file.relations.entries()) {
    const item = `relations[${i}] (${r.subject} ${r.predicate} ${r.object})`;
    const at = ['relations', String(i)];
    if (r.predicate === Predicate.HOLDS_POSITION) {
      problems.push({
        code: UserErrorCode.INVALID,
        field: [...at, 'predicate'],
        message: `${item}: write positions under "positions"; HOLDS_POSITION relations are derived from them`,
      });
    } else {
      addRelation(relationRecord(r.subject, r.predicate, r.object, r.role ?? null), r.evidence, item, at, { subject: 'subject', object: 'object' });
    }
    yield;
  }

  const figures: FigureRecord[] = [];
  for (const [i, f] of file.figures.entries()) {
    const item = `figures[${i}] (${f.attack} ${f.metric} ${f.value})`;
    const at = ['figures', String(i)];
    const attack = attempt(at, () => typeOf(f.attack, `${item}.attack`, [...at, 'attack'], [EntityType.ATTACK]));
    const reporter = attempt(at, () => typeOf(f.reportedBy, `${item}.reportedBy`, [...at, 'reportedBy']) ?? null);
    const id = figureId(f.attack, f.metric, f.value, f.reportedBy ?? null);
    cite(id, f.evidence, `${item}.evidence`, [...at, 'evidence']);
    if (attack && reporter !== undefined) {
      figures.push({ id, attackId: f.attack, metric: f.metric, value: f.value, qualifier: f.qualifier ?? null, reportedById: f.reportedBy ?? null });
    }
    yield;
  }
  attempt(['positions'], () => assertUnique(positions.map((p) => p.id), 'position'));
  attempt(['figures'], () => assertUnique(figures.map((f) => f.id), 'figure'));
  attempt(['relations'], () => checkCardinality([...relations.values()], entities, known));

  const sentences: SentenceRecord[] = [];
  for (const [index, s] of spans.entries()) {
    sentences.push({ sourceId: source.id, index, start: s.start, end: s.end, text: text.slice(s.start, s.end) });
    if (index % 4_096 === 4_095) yield;
  }
  const graph: SourceGraph = {
    source: { id: source.id, title: source.title, publisher: source.publisher, url: source.url ?? null, publishedOn: source.publishedOn ?? null, text },
    sentences,
    entities: [...entities.values()],
    relations: [...relations.values()],
    positions,
    figures,
    evidence,
  };
  return { graph, problems };
}

/** A new statement has exactly one speaker; an attack at most one perpetrator (in this source). */
function checkCardinality(relations: RelationRecord[], entities: Map<string, EntityRecord>, known: ReadonlyMap<string, EntityRecord>): void {
  // Counted once, not by filtering every relation for every entity (quadratic in a large import).
  const counts = new Map<string, number>();
  const key = (predicate: Predicate, objectId: string) => `${predicate} ${objectId}`;
  for (const r of relations) counts.set(key(r.predicate, r.objectId), (counts.get(key(r.predicate, r.objectId)) ?? 0) + 1);
  const count = (predicate: Predicate, objectId: string) => counts.get(key(predicate, objectId)) ?? 0;
  for (const e of entities.values()) {
    if (e.type === EntityType.STATEMENT && !known.has(e.id) && count(Predicate.SAID, e.id) !== 1) {
      throw new SeedError(`${e.id}: a statement needs exactly one SAID relation naming its speaker`);
    }
    if (e.type === EntityType.ATTACK && count(Predicate.CARRIED_OUT, e.id) > 1) {
      throw new SeedError(`${e.id}: an attack has at most one CARRIED_OUT relation`);
    }
  }
}

/** What the checks look for in the text: every quote and `within`, and the entities' quoted words. */
function* needlesOf(file: SeedGraphFile): Generator<string> {
  function* quotes(list: SeedQuote[]) {
    for (const q of list) {
      yield q.quote;
      if (q.within != null) yield q.within;
    }
  }
  for (const e of file.entities) {
    yield* quotes(e.mentions);
    yield* quotedValues(e);
  }
  for (const p of file.positions) yield* quotes(p.evidence);
  for (const r of file.relations) yield* quotes(r.evidence);
  for (const f of file.figures) yield* quotes(f.evidence);
}

function assertUnique(ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new SeedError(`two ${what}s share the id ${id}; merge them into one with all their evidence`);
    seen.add(id);
  }
}
