import type { Direction } from '../domain/direction';
import type { EntityType } from '../domain/entity-type';
import type { FigureMetric } from '../domain/figure-metric';
import type { LocationKind } from '../domain/location-kind';
import type { NegotiationStatus } from '../domain/negotiation-status';
import type { OrganizationKind } from '../domain/organization-kind';
import type { Predicate } from '../domain/predicate';
import type { StatementKind } from '../domain/statement-kind';
import type { Weapon } from '../domain/weapon';

/** Plain rows as the store hands them up; GraphQL types resolve their links from these. */

export interface SourceRecord {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  publishedOn: string | null;
  text: string;
}

export interface SentenceRecord {
  sourceId: string;
  index: number;
  start: number;
  end: number;
  text: string;
}

interface EntityCommon {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
}

export interface PersonRecord extends EntityCommon {
  type: EntityType.PERSON;
  anonymous: boolean;
}

export interface OrganizationRecord extends EntityCommon {
  type: EntityType.ORGANIZATION;
  kind: OrganizationKind;
}

export interface LocationRecord extends EntityCommon {
  type: EntityType.LOCATION;
  kind: LocationKind;
}

export interface AttackRecord extends EntityCommon {
  type: EntityType.ATTACK;
  weapon: Weapon;
  occurredOn: string | null;
  timeOfDay: string | null;
  damage: string[];
}

export interface NegotiationRecord extends EntityCommon {
  type: EntityType.NEGOTIATION;
  status: NegotiationStatus;
  topics: string[];
  outcome: string | null;
}

export interface StatementRecord extends EntityCommon {
  type: EntityType.STATEMENT;
  kind: StatementKind;
  /** The words said, verbatim or paraphrased. */
  text: string;
}

/**
 * An entity, typed by its `type`: each type carries its own fields, non-null where the schema
 * says so, so a resolver taking an `AttackRecord` has a `weapon` by the compiler's word.
 */
export type EntityRecord =
  PersonRecord | OrganizationRecord | LocationRecord | AttackRecord | NegotiationRecord | StatementRecord;

/** An entity as stored: with its version, 1 when created and bumped by every change to it. */
export type StoredEntityRecord = EntityRecord & { version: number };

/** The record of one entity type, e.g. `EntityRecordOf<EntityType.ATTACK>`. */
export type EntityRecordOf<T extends EntityType> = Extract<EntityRecord, { type: T }>;

export interface RelationRecord {
  id: string;
  predicate: Predicate;
  subjectId: string;
  objectId: string;
  role: string | null;
}

export interface PositionRecord {
  id: string;
  personId: string;
  title: string;
  ofId: string | null;
}

export interface FigureRecord {
  id: string;
  attackId: string;
  metric: FigureMetric;
  value: number;
  qualifier: string | null;
  reportedById: string | null;
}

/** A cited span; `ownerId` is the entity, relation, position or figure it backs. */
export interface EvidenceRecord {
  ownerId: string;
  sourceId: string;
  start: number;
  end: number;
  quote: string;
  sentence: SentenceRecord;
}

/** Everything one source contributes, written in one transaction. */
export interface SourceGraph {
  source: SourceRecord;
  sentences: SentenceRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
  positions: PositionRecord[];
  figures: FigureRecord[];
  evidence: EvidenceInput[];
}

export interface EvidenceInput {
  ownerId: string;
  sourceId: string;
  start: number;
  end: number;
  quote: string;
  sentenceIndex: number;
}

/** Follow relations of `entityId` with one predicate, one way. */
export interface LinkKey {
  entityId: string;
  predicate: Predicate;
  direction: Exclude<Direction, Direction.BOTH>;
}

export interface EntityListQuery {
  type: EntityType;
  /** Case- and accent-insensitive substring of the name or an alias. */
  name?: string;
  weapon?: Weapon;
  status?: NegotiationStatus;
  /** OrganizationKind, LocationKind or StatementKind, by type. */
  kind?: string;
  /** Keep entities with every one of these relations (e.g. TARGETED, OUTGOING, location:kyiv). */
  linkedTo?: { predicate: Predicate; direction: Exclude<Direction, Direction.BOTH>; entityId: string }[];
  descending?: boolean;
  first: number;
  after?: { name: string; id: string };
}

export interface RelationPageQuery {
  entityId: string;
  predicates?: Predicate[];
  direction: Direction;
  first: number;
  /** Relation id the page starts after. */
  after?: string;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface NeighborQuery {
  entityId: string;
  depth: number;
  predicates?: Predicate[];
  types?: EntityType[];
  limit: number;
}

export interface NeighborRecord {
  entityId: string;
  distance: number;
  /** The relation through which the walk first reached the entity. */
  viaId: string;
}

export interface SearchQuery {
  query: string;
  types?: EntityType[];
  first: number;
}

export interface SearchHit {
  entityId: string;
  score: number;
  snippet: string | null;
}

export interface PathQuery {
  fromId: string;
  toId: string;
  /** Most relations a path may have. */
  maxDepth: number;
  /** How many paths, shortest first. */
  first: number;
}

/** Entities from start to end, and the relation between each and the next. */
export interface PathRecord {
  entityIds: string[];
  relationIds: string[];
}

export interface StatsRecord {
  entities: { type: EntityType; count: number }[];
  relations: { predicate: Predicate; count: number }[];
  sources: number;
  figures: number;
}
