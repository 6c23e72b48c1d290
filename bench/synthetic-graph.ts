import { EntityType } from '../src/domain/entity-type';
import { LocationKind } from '../src/domain/location-kind';
import { NegotiationStatus } from '../src/domain/negotiation-status';
import { OrganizationKind } from '../src/domain/organization-kind';
import { Predicate } from '../src/domain/predicate';
import { StatementKind } from '../src/domain/statement-kind';
import { Weapon } from '../src/domain/weapon';
import type { EntityRecord, EvidenceInput, RelationRecord, SourceGraph } from '../src/store/records';

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same graph. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'ro',
  'vin',
  'sha',
  'lev',
  'mar',
  'ost',
  'dan',
  'pol',
  'zer',
  'kiv',
  'tra',
  'bel',
  'gor',
  'nes',
  'ula',
  'bryn',
  'yev',
  'tash',
  'lom',
];
const TYPES: [EntityType, number][] = [
  [EntityType.PERSON, 0.3],
  [EntityType.ORGANIZATION, 0.15],
  [EntityType.LOCATION, 0.2],
  [EntityType.ATTACK, 0.1],
  [EntityType.NEGOTIATION, 0.05],
  [EntityType.STATEMENT, 0.2],
];
/**
 * Predicates joining any two entities, for the generic walk; typed checks are the seed loader's
 * job. Not SAID or CARRIED_OUT: the store itself holds those to one per statement or attack.
 */
const PREDICATES = [
  Predicate.PART_OF,
  Predicate.MEMBER_OF,
  Predicate.TARGETED,
  Predicate.PARTICIPATES_IN,
  Predicate.ABOUT,
  Predicate.MEDIATES,
];

/** The type of entity number `i`: a fixed hash of `i`, in the shares of TYPES. */
export function syntheticType(i: number): EntityType {
  let x = ((i * 2654435761) >>> 0) / 4294967296;
  for (const [type, share] of TYPES) {
    if ((x -= share) < 0) return type;
  }
  return EntityType.STATEMENT;
}

export function syntheticId(i: number): string {
  return `${syntheticType(i).toLowerCase()}:synthetic-${i}`;
}

export interface SyntheticOptions {
  entities: number;
  relations: number;
  /** Entities per saved chunk, so progress can be shown between transactions. */
  chunk: number;
  seed?: number;
}

/**
 * A news-shaped graph: names built from syllables (so search has a real vocabulary), and
 * relation ends drawn from a Zipf-like law, so a few entities are hubs and most are leaves.
 * Yields source graphs to save in order: entities first, in chunks, then relations.
 */
export function* syntheticGraph({ entities, relations, chunk, seed = 7 }: SyntheticOptions): Generator<SourceGraph> {
  const rand = random(seed);
  const name = () => {
    const n = 2 + Math.floor(rand() * 2);
    let s = '';
    for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    return s[0].toUpperCase() + s.slice(1);
  };
  const typeOf = syntheticType;
  const id = syntheticId;

  for (let from = 0, part = 0; from < entities; from += chunk, part++) {
    const sourceId = `source:synthetic-entities-${part}`;
    const sentences: string[] = [];
    const records: EntityRecord[] = [];
    const evidence: EvidenceInput[] = [];
    let offset = 0;
    for (let i = from; i < Math.min(entities, from + chunk); i++) {
      const type = typeOf(i);
      const label = type === EntityType.PERSON ? `${name()} ${name()}` : `${name()} ${type.toLowerCase()}`;
      const sentence = `${label} is entity ${i}.`;
      evidence.push({
        ownerId: id(i),
        sourceId,
        start: offset,
        end: offset + label.length,
        quote: label,
        sentenceIndex: sentences.length,
      });
      sentences.push(sentence);
      offset += sentence.length + 1;
      records.push(
        entity(
          id(i),
          type,
          label,
          type === EntityType.STATEMENT ? `${name()} said ${name()} ${name()} would follow.` : null,
        ),
      );
    }
    const text = sentences.join(' ');
    let start = 0;
    yield {
      source: {
        id: sourceId,
        title: `Synthetic entities ${part}`,
        publisher: 'bench',
        url: null,
        publishedOn: null,
        text,
      },
      sentences: sentences.map((s, index) => {
        const span = { sourceId, index, start, end: start + s.length, text: s };
        start += s.length + 1;
        return span;
      }),
      entities: records,
      relations: [],
      positions: [],
      figures: [],
      evidence,
    };
  }

  // Zipf-like ends: index = n * u^3 puts most ends on the first few hundred entities.
  const hubby = () => Math.floor(entities * rand() ** 3);
  const relationChunk = chunk * 5;
  for (let from = 0, part = 0; from < relations; from += relationChunk, part++) {
    const sourceId = `source:synthetic-relations-${part}`;
    const records: RelationRecord[] = [];
    for (let r = from; r < Math.min(relations, from + relationChunk); r++) {
      const subject = Math.floor(rand() * entities);
      let object = hubby();
      if (object === subject) object = (object + 1) % entities;
      const predicate = PREDICATES[r % PREDICATES.length];
      records.push({
        id: `relation:synthetic-${r}`,
        predicate,
        subjectId: id(subject),
        objectId: id(object),
        role: null,
      });
    }
    yield {
      source: {
        id: sourceId,
        title: `Synthetic relations ${part}`,
        publisher: 'bench',
        url: null,
        publishedOn: null,
        text: `Relations ${part}.`,
      },
      sentences: [{ sourceId, index: 0, start: 0, end: `Relations ${part}.`.length, text: `Relations ${part}.` }],
      entities: [],
      relations: records,
      positions: [],
      figures: [],
      evidence: [],
    };
  }
}

function entity(id: string, type: EntityType, name: string, text: string | null): EntityRecord {
  const common = { id, name, aliases: [], description: null };
  switch (type) {
    case EntityType.PERSON:
      return Object.assign(common, { type, anonymous: false });
    case EntityType.ORGANIZATION:
      return Object.assign(common, { type, kind: OrganizationKind.OTHER });
    case EntityType.LOCATION:
      return Object.assign(common, { type, kind: LocationKind.CITY });
    case EntityType.ATTACK:
      return Object.assign(common, { type, weapon: Weapon.DRONE, occurredOn: null, timeOfDay: null, damage: [] });
    case EntityType.NEGOTIATION:
      return Object.assign(common, { type, status: NegotiationStatus.ONGOING, topics: [], outcome: null });
    case EntityType.STATEMENT:
      return Object.assign(common, { type, kind: StatementKind.REPORT, text: text ?? name });
  }
}
