import { InMemoryCache, type FieldPolicy, type Reference, type TypePolicies, type TypePolicy } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import generated from '../generated/possible-types.json';

/** Which object types implement `Entity` and `Node`, as codegen read them from the schema. */
export const possibleTypes: Record<string, string[]> = generated.possibleTypes;

/**
 * Object types that carry no `id`: they are values inside their parent, not cache records.
 * `test/client/client-kit.test.ts` fails when the schema gains one that is not listed here.
 */
export const KEYLESS_TYPES = [
  'Evidence',
  'Sentence',
  'Position',
  'Figure',
  'FigureSummary',
  'Neighbor',
  'Path',
  'PathStep',
  'SearchResult',
  'Stats',
  'EntityTypeCount',
  'PredicateCount',
  'PageInfo',
  // The write side: payloads and their user errors belong to one answer; a change is read in its list.
  'UserError',
  'ImportSourcePayload',
  'EntityPayload',
  'DeletePayload',
  'RelationPayload',
  'FigurePayload',
  'Change',
  // A draft belongs to the one answer it came in.
  'Extraction',
] as const;

/** The top-level lists, paged Relay-style; each filter and order is its own list. */
const LIST_FIELDS = ['people', 'organizations', 'locations', 'attacks', 'negotiations', 'statements'] as const;

const NODE_TYPES = new Set(possibleTypes.Node);

/**
 * The typename an id names: `person:vitali-klitschko` is a Person, `relation:...` a Relation.
 * Undefined when the prefix names no type of the schema.
 */
export function typenameOfId(id: string): string | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  const typename = prefix.charAt(0).toUpperCase() + prefix.slice(1);
  return prefix && NODE_TYPES.has(typename) ? typename : undefined;
}

/**
 * `entity(id)` and `node(id)` answered from the cache when that record is there already (a list
 * loaded it, say): without this, Apollo only knows the root field by its arguments and asks
 * the network again. When the record lacks a selected field, the query still goes out.
 */
const readById: FieldPolicy<unknown> = {
  read(existing, { args, toReference, canRead }) {
    if (existing !== undefined) return existing;
    const id: unknown = args?.id;
    const typename = typeof id === 'string' ? typenameOfId(id) : undefined;
    if (typeof id !== 'string' || !typename) return undefined;
    const ref = toReference({ __typename: typename, id });
    return ref && canRead(ref) ? ref : undefined;
  },
};

/** `nodes(ids)` the same way: answered from the cache when every one of them is there. */
const readManyById: FieldPolicy<unknown> = {
  read(existing, { args, toReference, canRead }) {
    if (existing !== undefined) return existing;
    const ids: unknown = args?.ids;
    if (!Array.isArray(ids)) return undefined;
    const refs: Reference[] = [];
    for (const id of ids as unknown[]) {
      const typename = typeof id === 'string' ? typenameOfId(id) : undefined;
      const ref = typename ? toReference({ __typename: typename, id: id as string }) : undefined;
      if (!ref || !canRead(ref)) return undefined;
      refs.push(ref);
    }
    return refs;
  },
};

/** The type policies behind `createCache`, for callers who add their own. */
export function graphTypePolicies(): TypePolicies {
  const queryFields: NonNullable<TypePolicy['fields']> = { entity: readById, node: readById, nodes: readManyById };
  for (const field of LIST_FIELDS) queryFields[field] = relayStylePagination(['orderBy', 'filter']);

  const policies: TypePolicies = { Query: { fields: queryFields } };
  // Every entity pages its relations; each predicate and direction filter is its own list.
  for (const typename of possibleTypes.Entity) {
    policies[typename] = { fields: { relations: relayStylePagination(['predicates', 'direction']) } };
  }
  for (const typename of KEYLESS_TYPES) policies[typename] = { keyFields: false };
  return policies;
}

/**
 * An Apollo Client 4 cache ready for this graph: fragments on `Entity` and `Node` match,
 * every connection merges its pages Relay-style, entities are found by id without a request.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes, typePolicies: graphTypePolicies() });
}
