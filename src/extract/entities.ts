import { EntityType } from '../domain/entity-type';
import { fold } from '../text/fold';
import type { KnownEntity } from './draft';
import { type Gazetteer, entityKey, nameWords } from './gazetteer';
import type { Mention } from './mention';

/** The entity a group of mentions names: one of the graph's, or a new one. */
export interface ResolvedEntity {
  type: Mention['type'];
  name: string;
  kind?: string;
  country?: string;
  mentions: Mention[];
  /** The stored entity it is, when exactly one fits. */
  stored: KnownEntity | null;
  rule: string;
  confidence: number;
}

export interface Resolution {
  entities: ResolvedEntity[];
  /** The entity each mention was resolved to (mentions resolved to none are dropped). */
  of: Map<Mention, ResolvedEntity>;
  warnings: string[];
}

/**
 * Groups the mentions of one article into entities and links each to the graph. Full names
 * first, in the order they occur; then bare surnames to the person of the article whose name
 * ends in them, or else to the one stored person of that surname. A name that fits two stored
 * entities is linked to neither: it becomes a new entity, and a warning says which it could be.
 */
export function resolveEntities(mentions: readonly Mention[], gazetteer: Gazetteer): Resolution {
  const resolution: Resolution = { entities: [], of: new Map(), warnings: [] };
  const byKey = new Map<string, ResolvedEntity>();
  const ordered = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of ordered.filter((m) => !m.partial)) {
    const k = entityKey(m.type, m.name, gazetteer.geo);
    let entity = byKey.get(k) ?? variantOf(m, resolution.entities);
    if (!entity) {
      entity = {
        type: m.type,
        name: m.name,
        kind: m.kind,
        country: m.country,
        mentions: [],
        stored: null,
        rule: m.rule,
        confidence: m.confidence,
      };
      resolution.entities.push(entity);
    }
    byKey.set(k, entity);
    add(resolution, entity, m);
  }
  for (const m of ordered.filter((m) => m.partial)) {
    const entity = fullNameFor(m, resolution.entities);
    if (entity) add(resolution, entity, m);
    else if (
      !resolution.entities.some((e) => e.type !== EntityType.PERSON && nameWords(e.name).includes(fold(m.name)))
    ) {
      const alone: ResolvedEntity = {
        type: m.type,
        name: m.name,
        mentions: [],
        stored: null,
        rule: m.rule,
        confidence: m.confidence,
      };
      resolution.entities.push(alone);
      add(resolution, alone, m);
    }
  }
  absorbBarePlaces(resolution);
  absorbBareBodies(resolution, gazetteer);
  for (const e of resolution.entities) link(e, gazetteer, resolution.warnings);
  mergeLinked(resolution);
  return resolution;
}

function add(resolution: Resolution, entity: ResolvedEntity, m: Mention): void {
  entity.mentions.push(m);
  resolution.of.set(m, entity);
  if (
    (m.name.length > entity.name.length && m.type === EntityType.PERSON) ||
    (entity.kind === undefined && m.kind !== undefined)
  ) {
    if (m.type === EntityType.PERSON) entity.name = m.name;
    entity.kind ??= m.kind;
  }
  entity.confidence = Math.max(entity.confidence, m.confidence);
}

/** A person of the article whose name this one spells another way ("Zelensky", "Zelenskyy"). */
function variantOf(m: Mention, entities: readonly ResolvedEntity[]): ResolvedEntity | undefined {
  if (m.type !== EntityType.PERSON) return undefined;
  const words = nameWords(m.name);
  return entities.find(
    (e) =>
      e.type === EntityType.PERSON && nameWords(e.name).at(-1) === words.at(-1) && nameWords(e.name)[0] === words[0],
  );
}

/** The person of the article a bare surname stands for: the one whose last name it is (or spells another way). */
function fullNameFor(m: Mention, entities: readonly ResolvedEntity[]): ResolvedEntity | undefined {
  const surname = fold(m.name);
  const fits = entities.filter(
    (e) =>
      e.type === EntityType.PERSON &&
      e.mentions.some((x) => !x.partial) &&
      e.mentions.some((x) => nameWords(x.name).at(-1) === surname),
  );
  if (fits.length === 1) return fits[0];
  const spelled = entities.filter(
    (e) => e.type === EntityType.PERSON && nameWords(e.name).length > 1 && sameStem(nameWords(e.name).at(-1)!, surname),
  );
  return spelled.length === 1 ? spelled[0] : undefined;
}

function sameStem(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && (a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 2;
}

/** Links `e` to the one stored entity its names fit; of another type too, which it then takes. */
function link(e: ResolvedEntity, gazetteer: Gazetteer, warnings: string[]): void {
  const names = [...new Set([e.name, ...e.mentions.map((m) => m.name)])];
  const found = new Set<KnownEntity>();
  for (const name of names) for (const k of gazetteer.find(e.type, name)) found.add(k);
  if (found.size === 0 && e.type === EntityType.PERSON) {
    for (const name of names) for (const k of gazetteer.spelledLike(name)) found.add(k);
    if (found.size === 0)
      for (const name of names.filter((n) => nameWords(n).length === 1))
        for (const k of gazetteer.withSurname(name)) found.add(k);
    // A full name whose surname alone is a stored person's whole name ("Vladimir Putin", stored "Putin").
    if (found.size === 0) {
      for (const name of names)
        for (const k of gazetteer.find(EntityType.PERSON, nameWords(name).at(-1) ?? ''))
          if (nameWords(k.name).length === 1) found.add(k);
    }
  }
  if (found.size === 0) {
    for (const other of [EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION].filter((t) => t !== e.type)) {
      for (const name of names.filter((n) => nameWords(n).length > 0))
        for (const k of gazetteer.find(other, name)) if (fold(k.name) === fold(name)) found.add(k);
    }
  }
  if (found.size === 1) {
    const [stored] = found;
    e.stored = stored;
    e.type = stored.type as ResolvedEntity['type'];
    e.name = stored.name;
    e.kind = stored.kind ?? e.kind;
  } else if (found.size > 1) {
    warnings.push(`"${e.name}" could be any of ${[...found].map((k) => k.id).join(', ')}: drafted as a new entity`);
    e.confidence = Math.min(e.confidence, 0.4);
  }
}

/** "the regional military administration" after "the Sumy regional administration": an ownerless body is the one body of the article it names. */
function absorbBareBodies(resolution: Resolution, gazetteer: Gazetteer): void {
  resolution.entities = resolution.entities.filter((e) => {
    if (e.type !== EntityType.ORGANIZATION || !e.mentions.every((m) => m.rule === 'the body')) return true;
    const words = entityKey(e.type, e.name, gazetteer.geo).split(' ').slice(1);
    const fuller = resolution.entities.filter((o) => {
      if (o === e || o.type !== EntityType.ORGANIZATION) return false;
      const theirs = new Set(entityKey(o.type, o.name, gazetteer.geo).split(' ').slice(1));
      return theirs.size > words.length && words.every((w) => theirs.has(w));
    });
    if (fuller.length !== 1) return true;
    for (const m of e.mentions) {
      fuller[0].mentions.push(m);
      resolution.of.set(m, fuller[0]);
    }
    return false;
  });
}

/** Rules that find a place by the words around it, not by its name: weaker than any other place of the article. */
const WEAK_PLACE = new Set(['place after a preposition', 'place the tagger knows']);

/** "in Sviatoshynskyi" after "the Sviatoshynskyi district": a place found by a weak rule is the place of the article whose name starts with it. */
function absorbBarePlaces(resolution: Resolution): void {
  resolution.entities = resolution.entities.filter((e) => {
    if (e.type !== EntityType.LOCATION || !e.mentions.every((m) => WEAK_PLACE.has(m.rule))) return true;
    const words = nameWords(e.name);
    // "from Zelensky": a person of the article, not a place.
    const person = resolution.entities.find(
      (o) =>
        o.type === EntityType.PERSON &&
        words.length === 1 &&
        nameWords(o.name).length > 1 &&
        sameStem(nameWords(o.name).at(-1)!, words[0]),
    );
    if (person) {
      for (const m of e.mentions) {
        const as = { ...m, type: EntityType.PERSON as const, partial: true };
        person.mentions.push(as);
        resolution.of.delete(m);
        resolution.of.set(as, person);
      }
      return false;
    }
    const fuller = resolution.entities.find(
      (o) =>
        o !== e &&
        o.type === EntityType.LOCATION &&
        nameWords(o.name).length > words.length &&
        words.every((w, i) => nameWords(o.name)[i] === w),
    );
    if (!fuller) return true;
    for (const m of e.mentions) {
      fuller.mentions.push(m);
      resolution.of.set(m, fuller);
    }
    return false;
  });
}

/** Two groups linked to one stored entity are one entity ("Kyiv" and "Kiev", "Russia's team" and "the Russian delegation"). */
function mergeLinked(resolution: Resolution): void {
  const byId = new Map<string, ResolvedEntity>();
  resolution.entities = resolution.entities.filter((e) => {
    if (!e.stored) return true;
    const first = byId.get(e.stored.id);
    if (!first) {
      byId.set(e.stored.id, e);
      return true;
    }
    for (const m of e.mentions) {
      first.mentions.push(m);
      resolution.of.set(m, first);
    }
    return false;
  });
}
