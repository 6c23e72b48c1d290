/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A reported number of an attack, attributed to whoever reported it (null: the source names no one). */
export type AddFigureInput = {
  attack: string | number;
  evidence: Array<EvidenceInput>;
  metric: FigureMetric;
  qualifier?: string | null | undefined;
  reportedBy?: string | number | null | undefined;
  value: number;
};

/** A cited relation "subject PREDICATE object" between stored entities; given again, its evidence grows. */
export type AddRelationInput = {
  evidence: Array<EvidenceInput>;
  object: string | number;
  predicate: Predicate;
  role?: string | null | undefined;
  subject: string | number;
};

/** A statement with its speaker and what it is about; `evidence` cites it, its SAID and its ABOUT relations. */
export type AddStatementInput = {
  about?: Array<string | number>;
  description?: string | null | undefined;
  evidence: Array<EvidenceInput>;
  /** "statement:<kebab-case-slug>"; made from the name when omitted. */
  id?: string | number | null | undefined;
  kind: StatementKind;
  /** A short title. */
  name: string;
  /** A person, an organization, or a country speaking as a state. */
  speaker: string | number;
  /** The words said, verbatim from the cited source, or the paraphrase as it stands there. */
  text: string;
};

export type AttackFilter = {
  /** Case- and accent-insensitive substring of the name or of an alias. */
  name?: string | null | undefined;
  /** Only attacks that targeted this location. */
  target?: string | number | null | undefined;
  weapon?: Weapon | null | undefined;
};

/** A new person, organization, location, attack or negotiation (statements: addStatement). */
export type CreateEntityInput = {
  aliases?: Array<string>;
  /** PERSON. */
  anonymous?: boolean | null | undefined;
  /** ATTACK. */
  damage?: Array<string> | null | undefined;
  description?: string | null | undefined;
  /** "<type>:<kebab-case-slug>"; made from the type and name when omitted. */
  id?: string | number | null | undefined;
  /** ORGANIZATION (OrganizationKind), LOCATION (LocationKind), STATEMENT (StatementKind). */
  kind?: string | null | undefined;
  /** Where stored sources name it: at least one. */
  mentions: Array<EvidenceInput>;
  name: string;
  /** ATTACK, ISO 8601 date. */
  occurredOn?: string | null | undefined;
  /** NEGOTIATION. */
  outcome?: string | null | undefined;
  /** NEGOTIATION. */
  status?: NegotiationStatus | null | undefined;
  /** ATTACK. */
  timeOfDay?: string | null | undefined;
  /** NEGOTIATION. */
  topics?: Array<string> | null | undefined;
  type: EntityType;
  /** ATTACK. */
  weapon?: Weapon | null | undefined;
};

export type DeleteEntityInput = {
  /** The version read before deciding to delete. */
  expectedVersion: number;
  id: string | number;
};

/** Which way a relation is followed from an entity: OUTGOING when it is the subject, INCOMING when it is the object. */
export type Direction =
  | 'BOTH'
  | 'INCOMING'
  | 'OUTGOING';

/** Narrows a list of entities; every given field must match. */
export type EntityFilter = {
  /** Case- and accent-insensitive substring of the name or of an alias. */
  name?: string | null | undefined;
};

/** The kinds of entity the graph holds. */
export type EntityType =
  | 'ATTACK'
  | 'LOCATION'
  | 'NEGOTIATION'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'STATEMENT';

/** Words of a stored source that back a fact: found there exactly once, or once inside `within`. */
export type EvidenceInput = {
  quote: string;
  source: string | number;
  /** A longer span, found once in the source, that holds the quote once. */
  within?: string | null | undefined;
};

/** An article to draft a graph from. */
export type ExtractGraphInput = {
  /** The source it will be imported as; checked when given. */
  source?: SourceInput | null | undefined;
  /** The article as it will be imported, headline first: every quote of the draft is words of it. At most 50,000 characters. */
  text: string;
};

/** What a reported number counts. */
export type FigureMetric =
  | 'FAILED_TO_REACH_TARGET'
  | 'INJURED'
  | 'INTERCEPTED'
  | 'KILLED'
  | 'LAUNCHED';

/** A new source and its graph, in the seed format. */
export type ImportSourceInput = {
  /** The seed format's graph.json; it may give again, and link to, entities already stored. */
  graph: unknown;
  source: SourceInput;
  /** The source text, byte for byte: every quote is located in it. */
  text: string;
};

/** What sort of place a location is; a state acting in the news is a COUNTRY. */
export type LocationKind =
  | 'CITY'
  | 'COUNTRY'
  | 'DISTRICT'
  | 'OTHER'
  | 'REGION';

/** List order: by name (then id), either way. */
export type NameOrder =
  | 'NAME_ASC'
  | 'NAME_DESC';

export type NegotiationFilter = {
  /** Case- and accent-insensitive substring of the name or of an alias. */
  name?: string | null | undefined;
  status?: NegotiationStatus | null | undefined;
};

/** Where talks or an agreement stand, as the source reports it. */
export type NegotiationStatus =
  | 'AGREED'
  | 'FAILED'
  | 'ONGOING'
  | 'PROPOSED'
  | 'SCHEDULED';

/** What sort of body an organization is. */
export type OrganizationKind =
  | 'ALLIANCE'
  | 'DELEGATION'
  | 'EMERGENCY_SERVICE'
  | 'GOVERNMENT'
  | 'LOCAL_ADMINISTRATION'
  | 'MEDIA'
  | 'MILITARY'
  | 'MINISTRY'
  | 'OTHER';

/** What a relation states; each reads "subject PREDICATE object". */
export type Predicate =
  /** Statement -> what it is about. */
  | 'ABOUT'
  /** Organization -> the Location it is of or sits in. */
  | 'BASED_IN'
  /** Perpetrator (a country or an organization) -> Attack. */
  | 'CARRIED_OUT'
  /** Person -> Organization or Location; `role` is the title ("Mayor"). */
  | 'HOLDS_POSITION'
  /** Location -> the Negotiation held there. */
  | 'HOSTS'
  /** Defender -> the Attack it shot down or destroyed. */
  | 'INTERCEPTED'
  /** Person -> Organization. */
  | 'LEADS'
  /** Mediator -> Negotiation. */
  | 'MEDIATES'
  /** Person -> Organization. */
  | 'MEMBER_OF'
  /** Attack -> a Location where it took place or was intercepted. */
  | 'OCCURRED_IN'
  /** Party -> Negotiation. */
  | 'PARTICIPATES_IN'
  /** Organization -> parent Organization, Organization -> the COUNTRY it is a body of, Location -> Location. */
  | 'PART_OF'
  /** Organization -> the Attack it responded to. */
  | 'RESPONDED_TO'
  /** Speaker -> Statement. */
  | 'SAID'
  /** Attack -> the Location it struck. */
  | 'TARGETED';

export type RemoveRelationInput = {
  id: string | number;
};

/** The source an import adds, as a seed's source.json gives it. */
export type SourceInput = {
  /** "source:<kebab-case-slug>". */
  id: string;
  /** ISO 8601 date, e.g. "2025-03-24". */
  publishedOn?: string | null | undefined;
  publisher: string;
  title: string;
  url?: string | null | undefined;
};

export type StatementFilter = {
  kind?: StatementKind | null | undefined;
  /** Case- and accent-insensitive substring of the name or of an alias. */
  name?: string | null | undefined;
  /** Only statements this entity made. */
  speaker?: string | number | null | undefined;
};

/** QUOTE: words in quotation marks; PARAPHRASE: reported speech; REPORT: a reported fact or figure; CLAIM: an accusation or contested assertion. */
export type StatementKind =
  | 'CLAIM'
  | 'PARAPHRASE'
  | 'QUOTE'
  | 'REPORT';

/** New values for the fields given (others stay), and mentions to add; refused if the entity changed since `expectedVersion`. */
export type UpdateEntityInput = {
  /** Replaces the aliases. */
  aliases?: Array<string> | null | undefined;
  /** PERSON. */
  anonymous?: boolean | null | undefined;
  /** ATTACK. */
  damage?: Array<string> | null | undefined;
  description?: string | null | undefined;
  /** The version read before editing. */
  expectedVersion: number;
  id: string | number;
  /** ORGANIZATION (OrganizationKind), LOCATION (LocationKind), STATEMENT (StatementKind). */
  kind?: string | null | undefined;
  /** More places stored sources name it. */
  mentions?: Array<EvidenceInput> | null | undefined;
  name?: string | null | undefined;
  /** ATTACK, ISO 8601 date. */
  occurredOn?: string | null | undefined;
  /** NEGOTIATION. */
  outcome?: string | null | undefined;
  /** NEGOTIATION. */
  status?: NegotiationStatus | null | undefined;
  /** STATEMENT: the words said. */
  text?: string | null | undefined;
  /** ATTACK. */
  timeOfDay?: string | null | undefined;
  /** NEGOTIATION. */
  topics?: Array<string> | null | undefined;
  /** ATTACK. */
  weapon?: Weapon | null | undefined;
};

/** Why a mutation refused its input. */
export type UserErrorCode =
  /** Disagrees with what is stored: a stale `expectedVersion`, or a field a merge would overwrite. */
  | 'CONFLICT'
  /** A malformed or disallowed value. */
  | 'INVALID'
  /** A quote occurs more than once: give a `within` found once. */
  | 'QUOTE_AMBIGUOUS'
  /** A quote (or its `within`) is not words of the source. */
  | 'QUOTE_NOT_FOUND'
  /** An entity of another type than the field (or the stored entity of that id) needs. */
  | 'TYPE_MISMATCH'
  /** An id names no stored entity, source or relation. */
  | 'UNKNOWN_REFERENCE';

/** The means of an attack. */
export type Weapon =
  | 'ARTILLERY'
  | 'DRONE'
  | 'MISSILE'
  | 'OTHER';

export type AttacksOverviewQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AttacksOverviewQuery = { attacks: { totalCount: number, edges: Array<{ node: { __typename: 'Attack', id: string, type: EntityType, name: string, targets: Array<{ __typename: 'Location', id: string, type: EntityType, name: string, partOf: { __typename: 'Location', id: string, type: EntityType, name: string } | null }>, figures: Array<{ metric: FigureMetric, value: number, qualifier: string | null, reportedBy:
            | { __typename: 'Attack', id: string, type: EntityType, name: string }
            | { __typename: 'Location', id: string, type: EntityType, name: string }
            | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
            | { __typename: 'Organization', id: string, type: EntityType, name: string }
            | { __typename: 'Person', id: string, type: EntityType, name: string }
            | { __typename: 'Statement', id: string, type: EntityType, name: string }
           | null }> } }> } };

export type ExtractGraphQueryVariables = Exact<{
  input: ExtractGraphInput;
}>;


export type ExtractGraphQuery = { extractGraph: { graph: unknown, linked: Array<string>, warnings: Array<string> } };

export type LinkedEntitiesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type LinkedEntitiesQuery = { nodes: Array<
    | { __typename: 'Attack', id: string, type: EntityType, name: string }
    | { __typename: 'Location', id: string, type: EntityType, name: string }
    | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
    | { __typename: 'Organization', id: string, type: EntityType, name: string }
    | { __typename: 'Person', id: string, type: EntityType, name: string }
    | { __typename: 'Statement', id: string, type: EntityType, name: string }
    | Record<PropertyKey, never>
   | null> };

export type EntityPageQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityPageQuery = { entity:
    | { __typename: 'Attack', weapon: Weapon, occurredOn: string | null, timeOfDay: string | null, damage: Array<string>, killed: number | null, injured: number | null, launched: number | null, intercepted: number | null, aliases: Array<string>, description: string | null, id: string, type: EntityType, name: string, perpetrator:
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
       | null, targets: Array<{ __typename: 'Location', id: string, type: EntityType, name: string }>, areas: Array<{ __typename: 'Location', id: string, type: EntityType, name: string }>, respondents: Array<{ __typename: 'Organization', id: string, type: EntityType, name: string }>, figureSummary: Array<{ metric: FigureMetric, values: Array<number>, min: number, max: number, disagree: boolean }>, figures: Array<{ metric: FigureMetric, value: number, qualifier: string | null, reportedBy:
          | { __typename: 'Attack', id: string, type: EntityType, name: string }
          | { __typename: 'Location', id: string, type: EntityType, name: string }
          | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
          | { __typename: 'Organization', id: string, type: EntityType, name: string }
          | { __typename: 'Person', id: string, type: EntityType, name: string }
          | { __typename: 'Statement', id: string, type: EntityType, name: string }
         | null, evidence: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> }>, statements: Array<{ __typename: 'Statement', text: string, id: string, type: EntityType, name: string }>, mentions: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> }
    | { __typename: 'Location', aliases: Array<string>, description: string | null, id: string, type: EntityType, name: string, locationKind: LocationKind, partOf: { __typename: 'Location', id: string, type: EntityType, name: string } | null, contains: Array<{ __typename: 'Location', id: string, type: EntityType, name: string }>, attacks: Array<{ __typename: 'Attack', id: string, type: EntityType, name: string }>, negotiations: Array<{ __typename: 'Negotiation', id: string, type: EntityType, name: string }>, mentions: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> }
    | { __typename: 'Negotiation', status: NegotiationStatus, topics: Array<string>, outcome: string | null, aliases: Array<string>, description: string | null, id: string, type: EntityType, name: string, venue: { __typename: 'Location', id: string, type: EntityType, name: string } | null, mediators: Array<
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
      >, parties: Array<
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
      >, statements: Array<{ __typename: 'Statement', text: string, id: string, type: EntityType, name: string }>, mentions: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> }
    | { __typename: 'Organization', aliases: Array<string>, description: string | null, id: string, type: EntityType, name: string, orgKind: OrganizationKind, country: { __typename: 'Location', id: string, type: EntityType, name: string } | null, leaders: Array<{ __typename: 'Person', id: string, type: EntityType, name: string }>, members: Array<{ __typename: 'Person', id: string, type: EntityType, name: string }>, parent: { __typename: 'Organization', id: string, type: EntityType, name: string } | null, statements: Array<{ __typename: 'Statement', text: string, id: string, type: EntityType, name: string }>, mentions: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> }
    | { __typename: 'Person', anonymous: boolean, aliases: Array<string>, description: string | null, id: string, type: EntityType, name: string, positions: Array<{ title: string, of:
          | { __typename: 'Attack', id: string, type: EntityType, name: string }
          | { __typename: 'Location', id: string, type: EntityType, name: string }
          | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
          | { __typename: 'Organization', id: string, type: EntityType, name: string }
          | { __typename: 'Person', id: string, type: EntityType, name: string }
          | { __typename: 'Statement', id: string, type: EntityType, name: string }
         | null, evidence: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> }>, affiliations: Array<{ __typename: 'Organization', id: string, type: EntityType, name: string }>, statements: Array<{ __typename: 'Statement', text: string, id: string, type: EntityType, name: string }>, negotiations: Array<{ __typename: 'Negotiation', id: string, type: EntityType, name: string }>, mentions: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> }
    | { __typename: 'Statement', text: string, aliases: Array<string>, description: string | null, id: string, type: EntityType, name: string, statementKind: StatementKind, speaker:
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
      , about: Array<
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
      >, evidence: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }>, mentions: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> }
   | null };

export type EntityRelationsQueryVariables = Exact<{
  id: string | number;
  predicates?: Array<Predicate> | Predicate | null | undefined;
  direction?: Direction | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EntityRelationsQuery = { entity:
    | { __typename: 'Attack', id: string, type: EntityType, name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, predicate: Predicate, role: string | null, subject:
              | { __typename: 'Attack', id: string, type: EntityType, name: string }
              | { __typename: 'Location', id: string, type: EntityType, name: string }
              | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
              | { __typename: 'Organization', id: string, type: EntityType, name: string }
              | { __typename: 'Person', id: string, type: EntityType, name: string }
              | { __typename: 'Statement', id: string, type: EntityType, name: string }
            , object:
              | { __typename: 'Attack', id: string, type: EntityType, name: string }
              | { __typename: 'Location', id: string, type: EntityType, name: string }
              | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
              | { __typename: 'Organization', id: string, type: EntityType, name: string }
              | { __typename: 'Person', id: string, type: EntityType, name: string }
              | { __typename: 'Statement', id: string, type: EntityType, name: string }
            , evidence: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> } }> } }
    | { __typename: 'Location', id: string, type: EntityType, name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, predicate: Predicate, role: string | null, subject:
              | { __typename: 'Attack', id: string, type: EntityType, name: string }
              | { __typename: 'Location', id: string, type: EntityType, name: string }
              | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
              | { __typename: 'Organization', id: string, type: EntityType, name: string }
              | { __typename: 'Person', id: string, type: EntityType, name: string }
              | { __typename: 'Statement', id: string, type: EntityType, name: string }
            , object:
              | { __typename: 'Attack', id: string, type: EntityType, name: string }
              | { __typename: 'Location', id: string, type: EntityType, name: string }
              | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
              | { __typename: 'Organization', id: string, type: EntityType, name: string }
              | { __typename: 'Person', id: string, type: EntityType, name: string }
              | { __typename: 'Statement', id: string, type: EntityType, name: string }
            , evidence: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> } }> } }
    | { __typename: 'Negotiation', id: string, type: EntityType, name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, predicate: Predicate, role: string | null, subject:
              | { __typename: 'Attack', id: string, type: EntityType, name: string }
              | { __typename: 'Location', id: string, type: EntityType, name: string }
              | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
              | { __typename: 'Organization', id: string, type: EntityType, name: string }
              | { __typename: 'Person', id: string, type: EntityType, name: string }
              | { __typename: 'Statement', id: string, type: EntityType, name: string }
            , object:
              | { __typename: 'Attack', id: string, type: EntityType, name: string }
              | { __typename: 'Location', id: string, type: EntityType, name: string }
              | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
              | { __typename: 'Organization', id: string, type: EntityType, name: string }
              | { __typename: 'Person', id: string, type: EntityType, name: string }
              | { __typename: 'Statement', id: string, type: EntityType, name: string }
            , evidence: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> } }> } }
    | { __typename: 'Organization', id: string, type: EntityType, name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, predicate: Predicate, role: string | null, subject:
              | { __typename: 'Attack', id: string, type: EntityType, name: string }
              | { __typename: 'Location', id: string, type: EntityType, name: string }
              | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
              | { __typename: 'Organization', id: string, type: EntityType, name: string }
              | { __typename: 'Person', id: string, type: EntityType, name: string }
              | { __typename: 'Statement', id: string, type: EntityType, name: string }
            , object:
              | { __typename: 'Attack', id: string, type: EntityType, name: string }
              | { __typename: 'Location', id: string, type: EntityType, name: string }
              | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
              | { __typename: 'Organization', id: string, type: EntityType, name: string }
              | { __typename: 'Person', id: string, type: EntityType, name: string }
              | { __typename: 'Statement', id: string, type: EntityType, name: string }
            , evidence: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> } }> } }
    | { __typename: 'Person', id: string, type: EntityType, name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, predicate: Predicate, role: string | null, subject:
              | { __typename: 'Attack', id: string, type: EntityType, name: string }
              | { __typename: 'Location', id: string, type: EntityType, name: string }
              | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
              | { __typename: 'Organization', id: string, type: EntityType, name: string }
              | { __typename: 'Person', id: string, type: EntityType, name: string }
              | { __typename: 'Statement', id: string, type: EntityType, name: string }
            , object:
              | { __typename: 'Attack', id: string, type: EntityType, name: string }
              | { __typename: 'Location', id: string, type: EntityType, name: string }
              | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
              | { __typename: 'Organization', id: string, type: EntityType, name: string }
              | { __typename: 'Person', id: string, type: EntityType, name: string }
              | { __typename: 'Statement', id: string, type: EntityType, name: string }
            , evidence: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> } }> } }
    | { __typename: 'Statement', id: string, type: EntityType, name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, predicate: Predicate, role: string | null, subject:
              | { __typename: 'Attack', id: string, type: EntityType, name: string }
              | { __typename: 'Location', id: string, type: EntityType, name: string }
              | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
              | { __typename: 'Organization', id: string, type: EntityType, name: string }
              | { __typename: 'Person', id: string, type: EntityType, name: string }
              | { __typename: 'Statement', id: string, type: EntityType, name: string }
            , object:
              | { __typename: 'Attack', id: string, type: EntityType, name: string }
              | { __typename: 'Location', id: string, type: EntityType, name: string }
              | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
              | { __typename: 'Organization', id: string, type: EntityType, name: string }
              | { __typename: 'Person', id: string, type: EntityType, name: string }
              | { __typename: 'Statement', id: string, type: EntityType, name: string }
            , evidence: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> } }> } }
   | null };

export type EntityNeighborsQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  types?: Array<EntityType> | EntityType | null | undefined;
  predicates?: Array<Predicate> | Predicate | null | undefined;
}>;


export type EntityNeighborsQuery = { entity:
    | { __typename: 'Attack', id: string, type: EntityType, name: string, neighbors: Array<
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
      > }
    | { __typename: 'Location', id: string, type: EntityType, name: string, neighbors: Array<
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
      > }
    | { __typename: 'Negotiation', id: string, type: EntityType, name: string, neighbors: Array<
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
      > }
    | { __typename: 'Organization', id: string, type: EntityType, name: string, neighbors: Array<
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
      > }
    | { __typename: 'Person', id: string, type: EntityType, name: string, neighbors: Array<
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
      > }
    | { __typename: 'Statement', id: string, type: EntityType, name: string, neighbors: Array<
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
      > }
   | null };

export type EntityNeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  types?: Array<EntityType> | EntityType | null | undefined;
  predicates?: Array<Predicate> | Predicate | null | undefined;
}>;


export type EntityNeighborhoodQuery = { entity:
    | { __typename: 'Attack', id: string, type: EntityType, name: string, neighborhood: Array<{ distance: number, entity:
          | { __typename: 'Attack', id: string, type: EntityType, name: string }
          | { __typename: 'Location', id: string, type: EntityType, name: string }
          | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
          | { __typename: 'Organization', id: string, type: EntityType, name: string }
          | { __typename: 'Person', id: string, type: EntityType, name: string }
          | { __typename: 'Statement', id: string, type: EntityType, name: string }
        , via: { id: string, predicate: Predicate, subject:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , object:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           } }> }
    | { __typename: 'Location', id: string, type: EntityType, name: string, neighborhood: Array<{ distance: number, entity:
          | { __typename: 'Attack', id: string, type: EntityType, name: string }
          | { __typename: 'Location', id: string, type: EntityType, name: string }
          | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
          | { __typename: 'Organization', id: string, type: EntityType, name: string }
          | { __typename: 'Person', id: string, type: EntityType, name: string }
          | { __typename: 'Statement', id: string, type: EntityType, name: string }
        , via: { id: string, predicate: Predicate, subject:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , object:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           } }> }
    | { __typename: 'Negotiation', id: string, type: EntityType, name: string, neighborhood: Array<{ distance: number, entity:
          | { __typename: 'Attack', id: string, type: EntityType, name: string }
          | { __typename: 'Location', id: string, type: EntityType, name: string }
          | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
          | { __typename: 'Organization', id: string, type: EntityType, name: string }
          | { __typename: 'Person', id: string, type: EntityType, name: string }
          | { __typename: 'Statement', id: string, type: EntityType, name: string }
        , via: { id: string, predicate: Predicate, subject:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , object:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           } }> }
    | { __typename: 'Organization', id: string, type: EntityType, name: string, neighborhood: Array<{ distance: number, entity:
          | { __typename: 'Attack', id: string, type: EntityType, name: string }
          | { __typename: 'Location', id: string, type: EntityType, name: string }
          | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
          | { __typename: 'Organization', id: string, type: EntityType, name: string }
          | { __typename: 'Person', id: string, type: EntityType, name: string }
          | { __typename: 'Statement', id: string, type: EntityType, name: string }
        , via: { id: string, predicate: Predicate, subject:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , object:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           } }> }
    | { __typename: 'Person', id: string, type: EntityType, name: string, neighborhood: Array<{ distance: number, entity:
          | { __typename: 'Attack', id: string, type: EntityType, name: string }
          | { __typename: 'Location', id: string, type: EntityType, name: string }
          | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
          | { __typename: 'Organization', id: string, type: EntityType, name: string }
          | { __typename: 'Person', id: string, type: EntityType, name: string }
          | { __typename: 'Statement', id: string, type: EntityType, name: string }
        , via: { id: string, predicate: Predicate, subject:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , object:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           } }> }
    | { __typename: 'Statement', id: string, type: EntityType, name: string, neighborhood: Array<{ distance: number, entity:
          | { __typename: 'Attack', id: string, type: EntityType, name: string }
          | { __typename: 'Location', id: string, type: EntityType, name: string }
          | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
          | { __typename: 'Organization', id: string, type: EntityType, name: string }
          | { __typename: 'Person', id: string, type: EntityType, name: string }
          | { __typename: 'Statement', id: string, type: EntityType, name: string }
        , via: { id: string, predicate: Predicate, subject:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , object:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           } }> }
   | null };

export type EvidenceFieldsFragment = { quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } };

type EntityRef_Attack_Fragment = { __typename: 'Attack', id: string, type: EntityType, name: string };

type EntityRef_Location_Fragment = { __typename: 'Location', id: string, type: EntityType, name: string };

type EntityRef_Negotiation_Fragment = { __typename: 'Negotiation', id: string, type: EntityType, name: string };

type EntityRef_Organization_Fragment = { __typename: 'Organization', id: string, type: EntityType, name: string };

type EntityRef_Person_Fragment = { __typename: 'Person', id: string, type: EntityType, name: string };

type EntityRef_Statement_Fragment = { __typename: 'Statement', id: string, type: EntityType, name: string };

export type EntityRefFragment =
  | EntityRef_Attack_Fragment
  | EntityRef_Location_Fragment
  | EntityRef_Negotiation_Fragment
  | EntityRef_Organization_Fragment
  | EntityRef_Person_Fragment
  | EntityRef_Statement_Fragment
;

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type PeopleListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: NameOrder | null | undefined;
  filter?: EntityFilter | null | undefined;
}>;


export type PeopleListQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Person', anonymous: boolean, id: string, type: EntityType, name: string, positions: Array<{ title: string, of:
            | { __typename: 'Attack', id: string, type: EntityType, name: string }
            | { __typename: 'Location', id: string, type: EntityType, name: string }
            | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
            | { __typename: 'Organization', id: string, type: EntityType, name: string }
            | { __typename: 'Person', id: string, type: EntityType, name: string }
            | { __typename: 'Statement', id: string, type: EntityType, name: string }
           | null }> } }> } };

export type OrganizationsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: NameOrder | null | undefined;
  filter?: EntityFilter | null | undefined;
}>;


export type OrganizationsListQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Organization', kind: OrganizationKind, id: string, type: EntityType, name: string, country: { __typename: 'Location', id: string, type: EntityType, name: string } | null } }> } };

export type LocationsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: NameOrder | null | undefined;
  filter?: EntityFilter | null | undefined;
}>;


export type LocationsListQuery = { locations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Location', kind: LocationKind, id: string, type: EntityType, name: string, partOf: { __typename: 'Location', id: string, type: EntityType, name: string } | null } }> } };

export type AttacksListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: NameOrder | null | undefined;
  filter?: AttackFilter | null | undefined;
}>;


export type AttacksListQuery = { attacks: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Attack', weapon: Weapon, timeOfDay: string | null, killed: number | null, injured: number | null, id: string, type: EntityType, name: string, perpetrator:
          | { __typename: 'Attack', id: string, type: EntityType, name: string }
          | { __typename: 'Location', id: string, type: EntityType, name: string }
          | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
          | { __typename: 'Organization', id: string, type: EntityType, name: string }
          | { __typename: 'Person', id: string, type: EntityType, name: string }
          | { __typename: 'Statement', id: string, type: EntityType, name: string }
         | null, targets: Array<{ __typename: 'Location', id: string, type: EntityType, name: string }> } }> } };

export type NegotiationsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: NameOrder | null | undefined;
  filter?: NegotiationFilter | null | undefined;
}>;


export type NegotiationsListQuery = { negotiations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Negotiation', status: NegotiationStatus, id: string, type: EntityType, name: string, venue: { __typename: 'Location', id: string, type: EntityType, name: string } | null, mediators: Array<
          | { __typename: 'Attack', id: string, type: EntityType, name: string }
          | { __typename: 'Location', id: string, type: EntityType, name: string }
          | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
          | { __typename: 'Organization', id: string, type: EntityType, name: string }
          | { __typename: 'Person', id: string, type: EntityType, name: string }
          | { __typename: 'Statement', id: string, type: EntityType, name: string }
        >, parties: Array<
          | { __typename: 'Attack', id: string, type: EntityType, name: string }
          | { __typename: 'Location', id: string, type: EntityType, name: string }
          | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
          | { __typename: 'Organization', id: string, type: EntityType, name: string }
          | { __typename: 'Person', id: string, type: EntityType, name: string }
          | { __typename: 'Statement', id: string, type: EntityType, name: string }
        > } }> } };

export type StatementsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: NameOrder | null | undefined;
  filter?: StatementFilter | null | undefined;
}>;


export type StatementsListQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Statement', kind: StatementKind, text: string, id: string, type: EntityType, name: string, speaker:
          | { __typename: 'Attack', id: string, type: EntityType, name: string }
          | { __typename: 'Location', id: string, type: EntityType, name: string }
          | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
          | { __typename: 'Organization', id: string, type: EntityType, name: string }
          | { __typename: 'Person', id: string, type: EntityType, name: string }
          | { __typename: 'Statement', id: string, type: EntityType, name: string }
         } }> } };

export type PathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxDepth?: number | null | undefined;
}>;


export type PathQuery = { path: { length: number, steps: Array<{ entity:
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
      , via: { id: string, predicate: Predicate, role: string | null, subject:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , object:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , evidence: Array<{ quote: string, start: number, end: number }> } | null }> } | null };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxDepth?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, steps: Array<{ entity:
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
      , via: { id: string, predicate: Predicate, role: string | null, subject:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , object:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , evidence: Array<{ quote: string, start: number, end: number }> } | null }> }> };

export type PathRelationFragment = { id: string, predicate: Predicate, role: string | null, subject:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , object:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , evidence: Array<{ quote: string, start: number, end: number }> };

export type SearchQueryVariables = Exact<{
  query: string;
  types?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, snippet: string | null, entity:
      | { __typename: 'Attack', id: string, type: EntityType, name: string }
      | { __typename: 'Location', id: string, type: EntityType, name: string }
      | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
      | { __typename: 'Organization', id: string, type: EntityType, name: string }
      | { __typename: 'Person', id: string, type: EntityType, name: string }
      | { __typename: 'Statement', id: string, type: EntityType, name: string }
     }> };

export type SourcePageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type SourcePageQuery = { node:
    | { __typename: 'Attack' }
    | { __typename: 'Location' }
    | { __typename: 'Negotiation' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Relation' }
    | { __typename: 'Source', id: string, title: string, publisher: string, url: string | null, publishedOn: string | null, text: string }
    | { __typename: 'Statement' }
   | null, people: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Person', id: string, type: EntityType, name: string, mentions: Array<{ start: number, end: number, source: { id: string } }> } }> }, organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Organization', id: string, type: EntityType, name: string, mentions: Array<{ start: number, end: number, source: { id: string } }> } }> }, locations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Location', id: string, type: EntityType, name: string, mentions: Array<{ start: number, end: number, source: { id: string } }> } }> }, attacks: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Attack', id: string, type: EntityType, name: string, mentions: Array<{ start: number, end: number, source: { id: string } }> } }> }, negotiations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Negotiation', id: string, type: EntityType, name: string, mentions: Array<{ start: number, end: number, source: { id: string } }> } }> }, statements: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Statement', id: string, type: EntityType, name: string, mentions: Array<{ start: number, end: number, source: { id: string } }> } }> } };

type EntityMentions_Attack_Fragment = { __typename: 'Attack', id: string, type: EntityType, name: string, mentions: Array<{ start: number, end: number, source: { id: string } }> };

type EntityMentions_Location_Fragment = { __typename: 'Location', id: string, type: EntityType, name: string, mentions: Array<{ start: number, end: number, source: { id: string } }> };

type EntityMentions_Negotiation_Fragment = { __typename: 'Negotiation', id: string, type: EntityType, name: string, mentions: Array<{ start: number, end: number, source: { id: string } }> };

type EntityMentions_Organization_Fragment = { __typename: 'Organization', id: string, type: EntityType, name: string, mentions: Array<{ start: number, end: number, source: { id: string } }> };

type EntityMentions_Person_Fragment = { __typename: 'Person', id: string, type: EntityType, name: string, mentions: Array<{ start: number, end: number, source: { id: string } }> };

type EntityMentions_Statement_Fragment = { __typename: 'Statement', id: string, type: EntityType, name: string, mentions: Array<{ start: number, end: number, source: { id: string } }> };

export type EntityMentionsFragment =
  | EntityMentions_Attack_Fragment
  | EntityMentions_Location_Fragment
  | EntityMentions_Negotiation_Fragment
  | EntityMentions_Organization_Fragment
  | EntityMentions_Person_Fragment
  | EntityMentions_Statement_Fragment
;

export type EntityCardQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityCardQuery = { entity:
    | { __typename: 'Attack', description: string | null, id: string, type: EntityType, name: string }
    | { __typename: 'Location', description: string | null, id: string, type: EntityType, name: string }
    | { __typename: 'Negotiation', description: string | null, id: string, type: EntityType, name: string }
    | { __typename: 'Organization', description: string | null, id: string, type: EntityType, name: string }
    | { __typename: 'Person', description: string | null, id: string, type: EntityType, name: string }
    | { __typename: 'Statement', description: string | null, id: string, type: EntityType, name: string }
   | null };

export type SourcesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type SourcesQuery = { sources: Array<{ id: string, title: string, publisher: string, url: string | null, publishedOn: string | null, text: string, sentences: Array<{ index: number, start: number, end: number, text: string }> }> };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Attack', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Negotiation', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Statement', id: string }
   | null> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { sources: number, figures: number, entities: Array<{ type: EntityType, count: number }>, relations: Array<{ predicate: Predicate, count: number }> } };

export type AttackFiguresQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AttackFiguresQuery = { attacks: { edges: Array<{ node: { __typename: 'Attack', id: string, type: EntityType, name: string, figureSummary: Array<{ metric: FigureMetric, values: Array<number>, min: number, max: number, disagree: boolean, reports: Array<{ value: number, qualifier: string | null, reportedBy:
              | { __typename: 'Attack', id: string, type: EntityType, name: string }
              | { __typename: 'Location', id: string, type: EntityType, name: string }
              | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
              | { __typename: 'Organization', id: string, type: EntityType, name: string }
              | { __typename: 'Person', id: string, type: EntityType, name: string }
              | { __typename: 'Statement', id: string, type: EntityType, name: string }
             | null }> }> } }> } };

export type UserErrorFieldsFragment = { field: Array<string> | null, message: string, code: UserErrorCode, quote: string | null, within: string | null, sourceId: string | null };

export type ImportSourceMutationVariables = Exact<{
  input: ImportSourceInput;
}>;


export type ImportSourceMutation = { importSource: { created: boolean, merged: Array<string>, source: { id: string, title: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, quote: string | null, within: string | null, sourceId: string | null }> } | null };

export type CreateEntityMutationVariables = Exact<{
  input: CreateEntityInput;
}>;


export type CreateEntityMutation = { createEntity: { entity:
      | { __typename: 'Attack', version: number, aliases: Array<string>, id: string, type: EntityType, name: string, mentions: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> }
      | { __typename: 'Location', version: number, aliases: Array<string>, id: string, type: EntityType, name: string, mentions: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> }
      | { __typename: 'Negotiation', version: number, aliases: Array<string>, id: string, type: EntityType, name: string, mentions: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> }
      | { __typename: 'Organization', version: number, aliases: Array<string>, id: string, type: EntityType, name: string, mentions: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> }
      | { __typename: 'Person', version: number, aliases: Array<string>, id: string, type: EntityType, name: string, mentions: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> }
      | { __typename: 'Statement', version: number, aliases: Array<string>, id: string, type: EntityType, name: string, mentions: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> }
     | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, quote: string | null, within: string | null, sourceId: string | null }> } | null };

export type UpdateEntityMutationVariables = Exact<{
  input: UpdateEntityInput;
}>;


export type UpdateEntityMutation = { updateEntity: { entity:
      | { __typename: 'Attack', version: number, aliases: Array<string>, description: string | null, id: string, type: EntityType, name: string }
      | { __typename: 'Location', version: number, aliases: Array<string>, description: string | null, id: string, type: EntityType, name: string }
      | { __typename: 'Negotiation', version: number, aliases: Array<string>, description: string | null, id: string, type: EntityType, name: string }
      | { __typename: 'Organization', version: number, aliases: Array<string>, description: string | null, id: string, type: EntityType, name: string }
      | { __typename: 'Person', version: number, aliases: Array<string>, description: string | null, id: string, type: EntityType, name: string }
      | { __typename: 'Statement', version: number, aliases: Array<string>, description: string | null, id: string, type: EntityType, name: string }
     | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, quote: string | null, within: string | null, sourceId: string | null }> } | null };

export type DeleteEntityMutationVariables = Exact<{
  input: DeleteEntityInput;
}>;


export type DeleteEntityMutation = { deleteEntity: { deletedId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, quote: string | null, within: string | null, sourceId: string | null }> } | null };

export type AddRelationMutationVariables = Exact<{
  input: AddRelationInput;
}>;


export type AddRelationMutation = { addRelation: { relation: { id: string, predicate: Predicate, role: string | null, subject:
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
      , object:
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
      , evidence: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, quote: string | null, within: string | null, sourceId: string | null }> } | null };

export type RemoveRelationMutationVariables = Exact<{
  input: RemoveRelationInput;
}>;


export type RemoveRelationMutation = { removeRelation: { deletedId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, quote: string | null, within: string | null, sourceId: string | null }> } | null };

export type AddFigureMutationVariables = Exact<{
  input: AddFigureInput;
}>;


export type AddFigureMutation = { addFigure: { figure: { metric: FigureMetric, value: number, qualifier: string | null, reportedBy:
        | { __typename: 'Attack', id: string, type: EntityType, name: string }
        | { __typename: 'Location', id: string, type: EntityType, name: string }
        | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
        | { __typename: 'Organization', id: string, type: EntityType, name: string }
        | { __typename: 'Person', id: string, type: EntityType, name: string }
        | { __typename: 'Statement', id: string, type: EntityType, name: string }
       | null, evidence: Array<{ quote: string, start: number, end: number, sentence: { index: number, start: number, text: string }, source: { id: string, title: string } }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, quote: string | null, within: string | null, sourceId: string | null }> } | null };

export type AddStatementMutationVariables = Exact<{
  input: AddStatementInput;
}>;


export type AddStatementMutation = { addStatement: { entity:
      | { __typename: 'Attack', version: number, id: string, type: EntityType, name: string }
      | { __typename: 'Location', version: number, id: string, type: EntityType, name: string }
      | { __typename: 'Negotiation', version: number, id: string, type: EntityType, name: string }
      | { __typename: 'Organization', version: number, id: string, type: EntityType, name: string }
      | { __typename: 'Person', version: number, id: string, type: EntityType, name: string }
      | { __typename: 'Statement', kind: StatementKind, text: string, version: number, id: string, type: EntityType, name: string, speaker:
          | { __typename: 'Attack', id: string, type: EntityType, name: string }
          | { __typename: 'Location', id: string, type: EntityType, name: string }
          | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
          | { __typename: 'Organization', id: string, type: EntityType, name: string }
          | { __typename: 'Person', id: string, type: EntityType, name: string }
          | { __typename: 'Statement', id: string, type: EntityType, name: string }
        , about: Array<
          | { __typename: 'Attack', id: string, type: EntityType, name: string }
          | { __typename: 'Location', id: string, type: EntityType, name: string }
          | { __typename: 'Negotiation', id: string, type: EntityType, name: string }
          | { __typename: 'Organization', id: string, type: EntityType, name: string }
          | { __typename: 'Person', id: string, type: EntityType, name: string }
          | { __typename: 'Statement', id: string, type: EntityType, name: string }
        > }
     | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, quote: string | null, within: string | null, sourceId: string | null }> } | null };

export type ChangesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  entity?: string | number | null | undefined;
}>;


export type ChangesQuery = { changes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { version: number, at: string, author: string, operation: string, entityIds: Array<string>, before: unknown, after: unknown } }> } };

export type EntityVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityVersionQuery = { entity:
    | { __typename: 'Attack', version: number, id: string, type: EntityType, name: string }
    | { __typename: 'Location', version: number, id: string, type: EntityType, name: string }
    | { __typename: 'Negotiation', version: number, id: string, type: EntityType, name: string }
    | { __typename: 'Organization', version: number, id: string, type: EntityType, name: string }
    | { __typename: 'Person', version: number, id: string, type: EntityType, name: string }
    | { __typename: 'Statement', version: number, id: string, type: EntityType, name: string }
   | null };

export const EvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<EvidenceFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const PathRelationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PathRelation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<PathRelationFragment, unknown>;
export const EntityRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityRefFragment, unknown>;
export const EntityMentionsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityMentions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityMentionsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"within"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const AttacksOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttacksOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<AttacksOverviewQuery, AttacksOverviewQueryVariables>;
export const ExtractGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExtractGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtractGraphInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extractGraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graph"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<ExtractGraphQuery, ExtractGraphQueryVariables>;
export const LinkedEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkedEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<LinkedEntitiesQuery, LinkedEntitiesQueryVariables>;
export const EntityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affiliations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"negotiations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"locationKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"negotiations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weapon"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"timeOfDay"}},{"kind":"Field","name":{"kind":"Name","value":"damage"}},{"kind":"Field","name":{"kind":"Name","value":"killed"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"launched"}},{"kind":"Field","name":{"kind":"Name","value":"intercepted"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figureSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"disagree"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Negotiation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"statementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<EntityPageQuery, EntityPageQueryVariables>;
export const EntityRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"predicates"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Predicate"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Direction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"predicates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"predicates"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<EntityRelationsQuery, EntityRelationsQueryVariables>;
export const EntityNeighborsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityNeighbors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"predicates"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Predicate"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"neighbors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"predicates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"predicates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityNeighborsQuery, EntityNeighborsQueryVariables>;
export const EntityNeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityNeighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"predicates"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Predicate"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"predicates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"predicates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityNeighborhoodQuery, EntityNeighborhoodQueryVariables>;
export const PeopleListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NameOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<PeopleListQuery, PeopleListQueryVariables>;
export const OrganizationsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NameOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<OrganizationsListQuery, OrganizationsListQueryVariables>;
export const LocationsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NameOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<LocationsListQuery, LocationsListQueryVariables>;
export const AttacksListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttacksList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NameOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttackFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"weapon"}},{"kind":"Field","name":{"kind":"Name","value":"timeOfDay"}},{"kind":"Field","name":{"kind":"Name","value":"killed"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<AttacksListQuery, AttacksListQueryVariables>;
export const NegotiationsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NegotiationsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NameOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NegotiationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<NegotiationsListQuery, NegotiationsListQueryVariables>;
export const StatementsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NameOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<StatementsListQuery, StatementsListQueryVariables>;
export const PathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Path"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PathRelation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PathRelation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<PathQuery, PathQueryVariables>;
export const PathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PathRelation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PathRelation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SourcePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourcePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityMentions"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityMentions"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityMentions"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityMentions"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"negotiations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityMentions"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityMentions"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityMentions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SourcePageQuery, SourcePageQueryVariables>;
export const EntityCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityCardQuery, EntityCardQueryVariables>;
export const SourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<SourcesQuery, SourcesQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const StatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"figures"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<StatsQuery, StatsQueryVariables>;
export const AttackFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttackFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"figureSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"disagree"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<AttackFiguresQuery, AttackFiguresQueryVariables>;
export const ImportSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"within"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}}]}}]} as unknown as DocumentNode<ImportSourceMutation, ImportSourceMutationVariables>;
export const CreateEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEntityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"within"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}}]}}]} as unknown as DocumentNode<CreateEntityMutation, CreateEntityMutationVariables>;
export const UpdateEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEntityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"within"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}}]}}]} as unknown as DocumentNode<UpdateEntityMutation, UpdateEntityMutationVariables>;
export const DeleteEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEntityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"within"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}}]}}]} as unknown as DocumentNode<DeleteEntityMutation, DeleteEntityMutationVariables>;
export const AddRelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRelationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"within"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}}]}}]} as unknown as DocumentNode<AddRelationMutation, AddRelationMutationVariables>;
export const RemoveRelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveRelationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"within"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}}]}}]} as unknown as DocumentNode<RemoveRelationMutation, RemoveRelationMutationVariables>;
export const AddFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"within"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}}]}}]} as unknown as DocumentNode<AddFigureMutation, AddFigureMutationVariables>;
export const AddStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"within"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}}]}}]} as unknown as DocumentNode<AddStatementMutation, AddStatementMutationVariables>;
export const ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const EntityVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityVersionQuery, EntityVersionQueryVariables>;