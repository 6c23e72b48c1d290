import { type DocumentNode, type GraphQLSchema, getNamedType, isLeafType } from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';

/**
 * How many values a list field may hold when its own arguments say: `first` (connections,
 * search, paths) or the ids it was given (`nodes`). Other lists are read as one value each;
 * a field whose list is bounded by a cap declares that cap as its `complexity` (neighbors).
 */
function listSize(args: Record<string, unknown>): number {
  if (typeof args.first === 'number') return args.first;
  if (Array.isArray(args.ids)) return args.ids.length;
  return 1;
}

/**
 * GitHub's way of counting nodes, written here because graphql-query-complexity ships only
 * the generic estimators: a field costs one, plus its children, all multiplied by how many
 * values its list may hold. `locations(first: 100) { edges { node { relations(first: 100) {
 * ... } } } }` is 100 × 100 × the inner fields. Leaf fields cost one each.
 */
const firstArgumentEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return 1;
  return listSize(args) * (1 + childComplexity);
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
    estimators: [fieldExtensionsEstimator(), firstArgumentEstimator],
    maxQueryNodes: maxNodes,
  });
}

/** Variable sets remembered per document: a page's few argument shapes, not every search text. */
const VARIABLE_SETS_PER_DOCUMENT = 64;

/**
 * `queryCost`, remembered per document (the object Apollo's document store hands back for
 * the same text) and variables: the count depends on nothing else, so a remembered figure is
 * exact. Walking the document was 3.8% of the entity page's CPU under load; the variables'
 * JSON is what a hit costs. Failures are not remembered: they are thrown again each time.
 */
export function cachedQueryCost(): typeof queryCost {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return (schema, document, operationName, variables, maxNodes) => {
    let byVariables = costs.get(document);
    if (!byVariables) costs.set(document, (byVariables = new Map<string, number>()));
    const key = JSON.stringify([operationName ?? null, maxNodes, variables ?? null]);
    let cost = byVariables.get(key);
    if (cost === undefined) {
      cost = queryCost(schema, document, operationName, variables, maxNodes);
      // Oldest out first: Map keeps insertion order.
      if (byVariables.size >= VARIABLE_SETS_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value!);
      byVariables.set(key, cost);
    }
    return cost;
  };
}
