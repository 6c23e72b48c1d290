import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  type ValueNode,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** Deepest nesting of lists and objects in one argument or variable, a JSON value's included. */
export const MAX_INPUT_DEPTH = 32;

/** What is wrong with a value the client sent, and where: `$input.text`, `filter.name`. */
export interface InputProblem {
  field: string;
  reason: string;
}

/** A path inside a value, kept as links and written out only for a problem. */
type Path = { up: Path; key: string | number } | null;

/** NUL, which PostgreSQL text cannot hold, and a surrogate alone (with `u`, a pair is one character). */
const NOT_TEXT = /\0|\p{Cs}/u;
/** Any NUL or surrogate code unit: four times faster than NOT_TEXT on long text, and most text has neither. */
const MAYBE_NOT_TEXT = /[\0\uD800-\uDFFF]/;

/** Reads a value as lists, objects and strings: a variable's JSON, or a literal's syntax tree. */
interface Shape<V> {
  text(value: V): string | undefined;
  list(value: V): readonly V[] | undefined;
  fields(value: V): [string, V][] | undefined;
}

const JSON_SHAPE: Shape<unknown> = {
  text: (v) => (typeof v === 'string' ? v : undefined),
  list: (v) => (Array.isArray(v) ? v : undefined),
  fields: (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : undefined),
};

const LITERAL_SHAPE: Shape<ValueNode> = {
  text: (v) => (v.kind === Kind.STRING ? v.value : undefined),
  list: (v) => (v.kind === Kind.LIST ? v.values : undefined),
  fields: (v) => (v.kind === Kind.OBJECT ? v.fields.map((f) => [f.name.value, f.value]) : undefined),
};

/**
 * The first value of the operation no field could take: text with a NUL or a lone surrogate
 * (every string of its arguments, literals and variables, and inside JSON values, keys too), or
 * a value nested deeper than MAX_INPUT_DEPTH. Nothing here recurses on the value's own depth,
 * so a value nested thousands deep is refused before anything recursive reads it. Literals are
 * checked once per document; variables on every request.
 */
export function findInputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): InputProblem | undefined {
  let literal = literalProblems.get(operation);
  if (literal === undefined)
    literalProblems.set(operation, (literal = findLiteralProblem(schema, document, operation) ?? null));
  if (literal) return literal;
  if (!variables) return undefined;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    // The precise walk, which names the place, only for a value the quick look doubts.
    if (type && name in variables && !looksClean(variables[name])) {
      const problem = typedProblem(JSON_SHAPE, variables[name], type, { up: null, key: `$${name}` }, 0);
      if (problem) return problem;
    }
  }
  return undefined;
}

const literalProblems = new WeakMap<OperationDefinitionNode, InputProblem | null>();

/** Literal arguments of the operation and of the fragments (all of them used, or it would not have validated). */
function findLiteralProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): InputProblem | undefined {
  let found: InputProblem | undefined;
  const definitions = [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)];
  for (const definition of definitions) {
    const typeInfo = new TypeInfo(schema);
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        VariableDefinition(node) {
          const type = typeFromAST(schema, node.type) as GraphQLInputType | undefined;
          if (node.defaultValue && type)
            found ??= typedProblem(
              LITERAL_SHAPE,
              node.defaultValue,
              type,
              { up: null, key: `$${node.variable.name.value}` },
              0,
            );
          return false;
        },
        Argument(node) {
          const argument = typeInfo.getArgument();
          if (argument)
            found ??= typedProblem(LITERAL_SHAPE, node.value, argument.type, { up: null, key: node.name.value }, 0);
          return false;
        },
      }),
    );
    if (found) return found;
  }
  return undefined;
}

/** Follows the input type down: only the fields an input object has, each list's items; a scalar's value is walked whole. */
function typedProblem<V>(
  shape: Shape<V>,
  value: V,
  type: GraphQLInputType,
  path: Path,
  depth: number,
): InputProblem | undefined {
  const nullable = getNullableType(type);
  if (isEnumType(nullable)) return undefined; // a name or nothing: coercion refuses anything else
  const text = shape.text(value);
  if (text !== undefined) return textProblem(text, path);
  const list = shape.list(value);
  const fields = list ? undefined : shape.fields(value);
  if (!list && !fields) return undefined;
  if (!isListType(nullable) && !isInputObjectType(nullable)) return untypedProblem(shape, value, path, depth);
  if (depth >= MAX_INPUT_DEPTH) return tooDeep(path);
  if (isListType(nullable)) {
    if (!list) return typedProblem(shape, value, nullable.ofType, path, depth); // one item for a list
    for (let i = 0; i < list.length; i++) {
      const problem = typedProblem(shape, list[i], nullable.ofType, { up: path, key: i }, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  if (!fields) return undefined; // a list for an input object: coercion refuses it
  const known = nullable.getFields();
  for (const [key, item] of fields) {
    const field = known[key];
    const problem = field && typedProblem(shape, item, field.type, { up: path, key }, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * True when a variable's value surely holds no text NOT_TEXT refuses and nests no deeper than
 * the limit: every string and key looked at, nothing allocated but the stacks. On an 8 MB
 * import it is most of the check, so it does without the paths and entries of the precise walk.
 */
function looksClean(root: unknown): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (typeof value === 'string') {
      if (MAYBE_NOT_TEXT.test(value)) return false;
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_INPUT_DEPTH) return false;
      if (Array.isArray(value)) {
        for (const item of value) {
          values.push(item);
          depths.push(depth + 1);
        }
      } else {
        for (const key in value) {
          if (MAYBE_NOT_TEXT.test(key)) return false;
          values.push((value as Record<string, unknown>)[key]);
          depths.push(depth + 1);
        }
      }
    }
  }
  return true;
}

/** A scalar's structured value (JSON), walked with a stack of its own: its depth costs no call stack. */
function untypedProblem<V>(shape: Shape<V>, root: V, rootPath: Path, rootDepth: number): InputProblem | undefined {
  const stack: [V, Path, number][] = [[root, rootPath, rootDepth]];
  while (stack.length > 0) {
    const [value, path, depth] = stack.pop()!;
    const text = shape.text(value);
    if (text !== undefined) {
      const problem = textProblem(text, path);
      if (problem) return problem;
      continue;
    }
    const list = shape.list(value);
    const fields = list ? undefined : shape.fields(value);
    if (!list && !fields) continue;
    // Named at the scalar: the path down to where the limit was crossed says nothing more.
    if (depth >= MAX_INPUT_DEPTH) return tooDeep(rootPath);
    if (list) {
      for (let i = list.length - 1; i >= 0; i--) stack.push([list[i], { up: path, key: i }, depth + 1]);
      continue;
    }
    for (const [key, item] of fields!) {
      const problem = textProblem(key, path, 'has a key that ');
      if (problem) return problem;
      stack.push([item, { up: path, key }, depth + 1]);
    }
  }
  return undefined;
}

function textProblem(text: string, path: Path, prefix = ''): InputProblem | undefined {
  const found = MAYBE_NOT_TEXT.test(text) ? NOT_TEXT.exec(text) : null;
  if (!found) return undefined;
  const reason =
    found[0] === '\0'
      ? `holds a NUL character (U+0000) at offset ${found.index}, which text here cannot hold`
      : `is not well-formed Unicode: a lone surrogate (U+${found[0].charCodeAt(0).toString(16).toUpperCase()}) at offset ${found.index}`;
  return { field: formatPath(path), reason: prefix + reason };
}

function tooDeep(path: Path): InputProblem {
  return { field: formatPath(path), reason: `is nested more than ${MAX_INPUT_DEPTH} levels deep` };
}

/** `$input.graph.entities[0].name`. */
function formatPath(path: Path): string {
  const keys: (string | number)[] = [];
  for (let link = path; link; link = link.up) keys.push(link.key);
  return keys
    .reverse()
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}
