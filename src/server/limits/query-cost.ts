import {
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  getNamedType,
  isLeafType,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { MAX_ITEMS } from '../../entities/list-bounds';

/**
 * How many items a field may hold. A list paged by `first` holds `first`, and a `first` its
 * rules refuse (zero, negative, over its maximum, null) counts as the maximum: that field fails,
 * but its siblings still run, so `first: -2147483648` must not cancel their cost. `nodes(ids)`
 * holds its ids; any other list its declared bound (`maxItems`, from `BoundedList` or
 * `LIST_BOUNDS`). A field that is no list counts once, and so does a connection's `edges`:
 * the connection's `first` multiplies it already.
 */
export function listSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const declared = field.extensions[MAX_ITEMS];
  const max = typeof declared === 'number' ? declared : undefined;
  if (field.args.some((arg) => arg.name === 'first')) {
    const { first } = args;
    // A paged field without a maximum is refused outright; the schema test keeps there being none.
    if (max === undefined) return Number.POSITIVE_INFINITY;
    return typeof first === 'number' && Number.isInteger(first) && first >= 1 && first <= max ? first : max;
  }
  if (Array.isArray(args.ids)) return args.ids.length;
  return max ?? 1;
}

/**
 * GitHub's way of counting nodes, written here because graphql-query-complexity ships only
 * the generic estimators: a field costs one, plus its children, all multiplied by how many
 * items it may hold. `locations(first: 100) { edges { node { relations(first: 100) { ... } } } }`
 * is 100 × 100 × the inner fields, and `sources { sentences { text } }` is 20 × 500 × 2. A
 * leaf costs one, a list of scalars too (`aliases`, `damage`, `topics`): no field resolves
 * under its items, and what they hold was bounded when it was written (the import's size).
 */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return 1;
  return listSize(field, args) * (1 + childComplexity);
};

/**
 * The worst-case number of fields a request can resolve, with its variables. Only called on
 * documents that passed validation, where Apollo's recursive-selections limit has already
 * refused fragment fan-out, so walking fragments here stays cheap.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  maxNodes: number,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [listEstimator],
    maxQueryNodes: maxNodes,
  });
}

/** Bytes the remembered costs may take, keys included: thousands of argument shapes. */
export const COST_CACHE_BYTES = 1_048_576;
/** A key over this many characters is not remembered: a long search text or an import is seldom sent twice. */
export const COST_KEY_MAX_CHARS = 1024;
/** What an entry costs beyond its key's characters (two bytes each, at most): the number and the LRU's slots. */
const ENTRY_OVERHEAD_BYTES = 64;

/**
 * `queryCost`, remembered per document (the object Apollo's document store hands back for the
 * same text), operation and the variables the operation declares: the count depends on nothing
 * else, so a remembered figure is exact, and a variable the operation never declares (a
 * padding of megabytes) is neither part of the key nor kept. Walking the document was 3.8% of
 * the entity page's CPU under load; a hit costs the declared variables' JSON. At most
 * `COST_CACHE_BYTES` are kept, least recently used dropped first. Failures are not remembered:
 * they are thrown again each time.
 */
export function cachedQueryCost(): typeof queryCost {
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextDocumentId = 0;
  const costs = new LRUCache<string, number>({
    maxSize: COST_CACHE_BYTES,
    sizeCalculation: (_cost, key) => key.length * 2 + ENTRY_OVERHEAD_BYTES,
  });
  return (schema, document, operationName, variables, maxNodes) => {
    let documentId = documentIds.get(document);
    if (documentId === undefined) documentIds.set(document, (documentId = nextDocumentId++));
    const declared = jsonWithin(declaredVariables(document, operationName, variables), COST_KEY_MAX_CHARS);
    const key = `${documentId} ${maxNodes} ${operationName ?? ''} ${declared}`;
    if (declared === undefined || key.length > COST_KEY_MAX_CHARS)
      return queryCost(schema, document, operationName, variables, maxNodes);
    let cost = costs.get(key);
    if (cost === undefined) {
      cost = queryCost(schema, document, operationName, variables, maxNodes);
      costs.set(key, cost);
    }
    return cost;
  };
}

/** Thrown by `jsonWithin`'s replacer to stop: the JSON would be too long. Made once: a hit costs no stack trace. */
const TOO_LONG = new Error('too long to remember');

/**
 * `JSON.stringify(value)`, or undefined as soon as it is sure to pass `maxChars`: a 7 MB
 * import's variables were stringified whole (about 50 ms of blocked event loop) to find the
 * key too long to remember.
 */
function jsonWithin(value: unknown, maxChars: number): string | undefined {
  let left = maxChars;
  try {
    return JSON.stringify(value, (key, item: unknown) => {
      left -= key.length + (typeof item === 'string' ? item.length : 1);
      if (left < 0) throw TOO_LONG;
      return item;
    });
  } catch (error) {
    if (error === TOO_LONG) return undefined;
    throw error;
  }
}

/**
 * The variables the chosen operation declares, by name, as sent; the others cannot change its
 * cost. A missing one stays missing (its default applies), a null one stays null.
 */
function declaredVariables(
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const declared: Record<string, unknown> = {};
  if (!variables) return declared;
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (operationName === undefined || d.name?.value === operationName),
  );
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (Object.hasOwn(variables, name)) declared[name] = variables[name];
  }
  return declared;
}
