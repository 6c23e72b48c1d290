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
