import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  execute,
  printSchema,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** How often a document ran, and once compiled, its compiled form (or why it could not be). */
interface Plan {
  runs: number;
  query?: CompiledQuery | ExecutionResult;
}

/**
 * graphql-jit as Apollo's executor. Apollo 5 has no `executor` option; its gateway interface
 * is the hook: `load()` hands Apollo the schema and the function that executes a validated
 * document. Parsing, validation, plugins and error formatting stay Apollo's.
 *
 * jit compiles each operation once into plain JavaScript (no per-field dispatch through
 * graphql-js's generic executor): measured 1.5 times the entity page's throughput. Compiling
 * is not free (10 to 240 ms for the operations in graph/operations on this machine), so a
 * document runs on graphql-js for its first `compileAfter` executions and is compiled only
 * once it has come back: a one-off query (an explorer's, or a flood of distinct ones) never
 * pays for a compile. Compiled queries are kept per document object; Apollo's document store
 * hands back the same object for the same query text, and a WeakMap lets them go when Apollo
 * drops the document.
 */
export function jitGateway(
  schema: GraphQLSchema,
  { compileAfter = 2 }: { compileAfter?: number } = {},
): GatewayInterface {
  const listeners = new Set<Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]>();
  const plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  const planOf = (document: DocumentNode, operationName: string | null): Plan => {
    let byName = plans.get(document);
    if (!byName) plans.set(document, (byName = new Map<string, Plan>()));
    const key = operationName ?? '';
    let plan = byName.get(key);
    if (!plan) byName.set(key, (plan = { runs: 0 }));
    if (!plan.query && plan.runs >= compileAfter)
      plan.query = compileQuery(schema, document, operationName ?? undefined);
    plan.runs++;
    return plan;
  };
  const executor: GatewayExecutor = async (requestContext) => {
    const { document, operationName, context } = requestContext;
    const variables = requestContext.request.variables ?? {};
    // No operation of the document has the name the client sent (or none was named where there
    // are several). Apollo hands a gateway the resolved name, null here, with which graphql-js
    // would run the document's one operation; from the name sent it refuses and runs nothing,
    // and Apollo answers that 400 OPERATION_RESOLUTION_FAILURE.
    if (!requestContext.operation) {
      const sent = requestContext.request.operationName;
      return execute({ schema, document, operationName: sent, contextValue: context, variableValues: variables });
    }
    const reference = () =>
      execute({ schema, document, operationName, contextValue: context, variableValues: variables });
    const { query } = planOf(document, operationName);
    if (!query) return reference();
    const result = isCompiledQuery(query) ? await query.query(undefined, context, variables) : query;
    if (!result.errors?.length) return result;
    // A request refused before anything ran (variables that do not coerce, an unknown
    // operation): graphql-js says why, in the very words and with the AST nodes Apollo needs to
    // answer it as BAD_USER_INPUT, as it did before jit. Nothing has run, so running it there
    // repeats no work.
    if (!('data' in result) || result.data === undefined) return reference();
    return { ...result, errors: result.errors.map((error) => asGraphQLJsError(error, document)) };
  };
  return {
    async load() {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return { executor };
    },
    onSchemaLoadOrUpdate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop() {},
  };
}

/**
 * jit's errors carry `locations` but no AST nodes and may lack `extensions`, where Apollo reads
 * `extensions.code` and rebuilds locations from the nodes: as graphql-js's own, they format
 * alike (message, locations, path, the code of the error a resolver threw).
 */
function asGraphQLJsError(error: GraphQLError, document: DocumentNode): GraphQLError {
  const source = document.loc?.source;
  const positions = source && error.locations?.map((l) => positionOf(source.body, l.line, l.column));
  return new GraphQLError(error.message, {
    source,
    positions,
    path: error.path,
    originalError: error.originalError ?? undefined,
    ...(error.extensions ? { extensions: error.extensions } : {}),
  });
}

/** The offset of a 1-based line and column, line breaks counted as graphql-js counts them. */
function positionOf(body: string, line: number, column: number): number {
  const breaks = /\r\n|[\n\r]/g;
  let offset = 0;
  for (let l = 1; l < line && breaks.exec(body); l++) offset = breaks.lastIndex;
  return offset + column - 1;
}
