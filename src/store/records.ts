import type { Direction } from '../domain/direction';
import type { EntityType } from '../domain/entity-type';
import type { FigureMetric } from '../domain/figure-metric';
import type { NegotiationStatus } from '../domain/negotiation-status';
import type { Predicate } from '../domain/predicate';
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

/** One row for every entity type; fields that do not belong to a type are null. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string | null;
  /** OrganizationKind, LocationKind or StatementKind, by type. */
  kind: string | null;
  anonymous: boolean | null;
  weapon: Weapon | null;
  occurredOn: string | null;
  timeOfDay: string | null;
  damage: string[];
  status: NegotiationStatus | null;
  topics: string[];
  outcome: string | null;
  /** A statement's words. */
  text: string | null;
}

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
