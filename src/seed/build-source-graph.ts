import { EntityType } from '../domain/entity-type';
import type { LocationKind } from '../domain/location-kind';
import type { OrganizationKind } from '../domain/organization-kind';
import { Predicate } from '../domain/predicate';
import type { StatementKind } from '../domain/statement-kind';
import type { EntityRecord, EvidenceInput, FigureRecord, PositionRecord, RelationRecord, SourceGraph } from '../store/records';
import { splitSentences } from '../text/sentences';
import { locateQuote } from './locate-quote';
import { PREDICATE_RULES } from './predicate-rules';
import { SeedError } from './seed-error';
import { type SeedEntity, type SeedGraphFile, type SeedQuote, type SeedSource, TYPE_FIELDS, kindsFor } from './seed-file';

const COMMON_FIELDS = ['id', 'type', 'name', 'aliases', 'description', 'mentions'];

/**
 * Turns a validated seed into the records the store writes: every quote located, every
 * reference checked against the entities and the predicate rules, positions with an `of`
 * mirrored as HOLDS_POSITION relations so the generic graph sees them too.
 */
export function buildSourceGraph(source: SeedSource, text: string, file: SeedGraphFile): SourceGraph {
  const spans = splitSentences(text);
  const evidence: EvidenceInput[] = [];
  /** `label` names the list in messages, e.g. "relations[3] (...).evidence". */
  const cite = (ownerId: string, quotes: SeedQuote[], label: string) => {
    quotes.forEach((q, i) => {
      const located = locateQuote(text, spans, q, `${label}[${i}]`);
      evidence.push({ ownerId, sourceId: source.id, ...located });
    });
  };
  const verbatim = (value: string | null | undefined, item: string) => {
    if (value != null && !text.includes(value)) throw new SeedError(`${item} "${value}" is not words of the source`);
  };

  const entities = new Map<string, EntityRecord>();
  file.entities.forEach((e, i) => {
    const item = `entities[${i}] (${e.id})`;
    checkEntityShape(e, item);
    if (entities.has(e.id)) throw new SeedError(`${item}: id is used twice`);
    e.aliases.forEach((alias, j) => verbatim(alias, `${item}.aliases[${j}]`));
    verbatim(e.timeOfDay, `${item}.timeOfDay`);
    e.damage?.forEach((d, j) => verbatim(d, `${item}.damage[${j}]`));
    e.topics?.forEach((t, j) => verbatim(t, `${item}.topics[${j}]`));
    verbatim(e.outcome, `${item}.outcome`);
    verbatim(e.text, `${item}.text`);
    entities.set(e.id, toEntityRecord(e));
    cite(e.id, e.mentions, `${item}.mentions`);
  });

  const typeOf = (id: string | null | undefined, item: string, allowed?: EntityType[]): EntityType | undefined => {
    if (id == null) return undefined;
    const entity = entities.get(id);
    if (!entity) throw new SeedError(`${item}: no entity has id "${id}"`);
    if (allowed && !allowed.includes(entity.type)) {
      throw new SeedError(`${item}: "${id}" is a ${entity.type}, expected ${allowed.join(' or ')}`);
    }
    return entity.type;
  };

  const relations = new Map<string, RelationRecord>();
  const addRelation = (r: RelationRecord, quotes: SeedQuote[], item: string) => {
    const rule = PREDICATE_RULES[r.predicate];
    typeOf(r.subjectId, `${item}.subject`, rule.subject);
    typeOf(r.objectId, `${item}.object`, rule.object);
    if (relations.has(r.id)) throw new SeedError(`${item}: the relation ${r.id} is stated twice; give it one entry with all its evidence`);
    relations.set(r.id, r);
    cite(r.id, quotes, `${item}.evidence`);
  };

  const positions: PositionRecord[] = file.positions.map((p, i) => {
    const item = `positions[${i}] (${p.person} ${p.title})`;
    typeOf(p.person, `${item}.person`, [EntityType.PERSON]);
    const id = `position:${slugify(p.person)}--${slugify(p.title)}${p.of ? `--${slugify(p.of)}` : ''}`;
    cite(id, p.evidence, `${item}.evidence`);
    if (p.of) {
      const relation = relationRecord(p.person, Predicate.HOLDS_POSITION, p.of, p.title);
      addRelation(relation, p.evidence, item);
    }
    return { id, personId: p.person, title: p.title, ofId: p.of ?? null };
  });

  file.relations.forEach((r, i) => {
    const item = `relations[${i}] (${r.subject} ${r.predicate} ${r.object})`;
    if (r.predicate === Predicate.HOLDS_POSITION) {
      throw new SeedError(`${item}: write positions under "positions"; HOLDS_POSITION relations are derived from them`);
    }
    addRelation(relationRecord(r.subject, r.predicate, r.object, r.role ?? null), r.evidence, item);
  });

  const figures: FigureRecord[] = file.figures.map((f, i) => {
    const item = `figures[${i}] (${f.attack} ${f.metric} ${f.value})`;
    typeOf(f.attack, `${item}.attack`, [EntityType.ATTACK]);
    typeOf(f.reportedBy, `${item}.reportedBy`);
    const id = `figure:${slugify(f.attack)}--${slugify(f.metric)}--${f.value}--${f.reportedBy ? slugify(f.reportedBy) : 'unattributed'}`;
    cite(id, f.evidence, `${item}.evidence`);
    return { id, attackId: f.attack, metric: f.metric, value: f.value, qualifier: f.qualifier ?? null, reportedById: f.reportedBy ?? null };
  });
  assertUnique(positions.map((p) => p.id), 'position');
  assertUnique(figures.map((f) => f.id), 'figure');
  checkCardinality([...relations.values()], entities);

  return {
    source: { id: source.id, title: source.title, publisher: source.publisher, url: source.url ?? null, publishedOn: source.publishedOn ?? null, text },
    sentences: spans.map((s, index) => ({ sourceId: source.id, index, start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
    entities: [...entities.values()],
    relations: [...relations.values()],
    positions,
    figures,
    evidence,
  };
}

function checkEntityShape(e: SeedEntity, item: string): void {
  const prefix = `${e.type.toLowerCase()}:`;
  if (!e.id.startsWith(prefix)) throw new SeedError(`${item}: id of a ${e.type} must start with "${prefix}"`);
  const allowed = new Set([...COMMON_FIELDS, ...TYPE_FIELDS[e.type]]);
  for (const [key, value] of Object.entries(e)) {
    if (value === undefined) continue;
    if (!allowed.has(key)) throw new SeedError(`${item}: field "${key}" does not belong to a ${e.type}`);
  }
  const kinds = kindsFor(e.type);
  if (kinds && (e.kind === undefined || !kinds.includes(e.kind))) {
    throw new SeedError(`${item}: kind of a ${e.type} must be one of ${kinds.join(', ')}`);
  }
}

/** A statement has exactly one speaker; an attack at most one perpetrator. */
function checkCardinality(relations: RelationRecord[], entities: Map<string, EntityRecord>): void {
  const count = (predicate: Predicate, objectId: string) =>
    relations.filter((r) => r.predicate === predicate && r.objectId === objectId).length;
  for (const e of entities.values()) {
    if (e.type === EntityType.STATEMENT && count(Predicate.SAID, e.id) !== 1) {
      throw new SeedError(`${e.id}: a statement needs exactly one SAID relation naming its speaker`);
    }
    if (e.type === EntityType.ATTACK && count(Predicate.CARRIED_OUT, e.id) > 1) {
      throw new SeedError(`${e.id}: an attack has at most one CARRIED_OUT relation`);
    }
  }
}

/** The record of a validated seed entity: its type's fields, checked present (the validator requires them). */
function toEntityRecord(e: SeedEntity): EntityRecord {
  const common = { id: e.id, name: e.name, aliases: e.aliases, description: e.description ?? null };
  const need = <T>(value: T | null | undefined, field: string): T => {
    if (value == null) throw new SeedError(`${e.id}: a ${e.type} needs "${field}"`);
    return value;
  };
  switch (e.type) {
    case EntityType.PERSON:
      return { ...common, type: e.type, anonymous: Boolean(e.anonymous) };
    case EntityType.ORGANIZATION:
      return { ...common, type: e.type, kind: need(e.kind, 'kind') as OrganizationKind };
    case EntityType.LOCATION:
      return { ...common, type: e.type, kind: need(e.kind, 'kind') as LocationKind };
    case EntityType.ATTACK:
      return {
        ...common,
        type: e.type,
        weapon: need(e.weapon, 'weapon'),
        occurredOn: e.occurredOn ?? null,
        timeOfDay: e.timeOfDay ?? null,
        damage: e.damage ?? [],
      };
    case EntityType.NEGOTIATION:
      return { ...common, type: e.type, status: need(e.status, 'status'), topics: e.topics ?? [], outcome: e.outcome ?? null };
    case EntityType.STATEMENT:
      return { ...common, type: e.type, kind: need(e.kind, 'kind') as StatementKind, text: need(e.text, 'text') };
  }
}

function relationRecord(subjectId: string, predicate: Predicate, objectId: string, role: string | null): RelationRecord {
  return { id: `relation:${slugify(subjectId)}--${slugify(predicate)}--${slugify(objectId)}`, predicate, subjectId, objectId, role };
}

function assertUnique(ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new SeedError(`two ${what}s share the id ${id}; merge them into one with all their evidence`);
    seen.add(id);
  }
}

/** "person:Vitali Klitschko" -> "person-vitali-klitschko": type and slug, so ids of two types never meet. */
function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
