import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  GraphQLString,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** Where a JSON argument's walk puts a string: `graph.entities[0].name`. */
const JSON_STRING_PATH = ['entities', 0, 'name'];

/**
 * One place a client can put a value: an argument of a field of Query or Mutation (or of an
 * entity's field, reached through `entity(id: "location:kyiv")`), and a path inside it (an input
 * object's field, a list's item, a string inside a JSON value).
 */
export interface ArgumentSlot {
  operation: 'query' | 'mutation';
  /** The type the field is on: Query, Mutation or Entity. */
  parent: string;
  field: GraphQLField<unknown, unknown>;
  argument: GraphQLArgument;
  path: (string | number)[];
  /** The type at the slot; a string inside a JSON value is a String. */
  type: GraphQLInputType;
  /** "Query.people(filter.name)". */
  name: string;
  /** How the service names it when the value comes in the variable named after the argument: "$filter.name". */
  variablePath: string;
}

/** Every slot of every argument of the schema, each path followed down to its leaves. */
export function argumentSlots(schema: GraphQLSchema): ArgumentSlot[] {
  const roots: [ArgumentSlot['operation'], string][] = [
    ['query', 'Query'],
    ['mutation', 'Mutation'],
    ['query', 'Entity'],
  ];
  return roots.flatMap(([operation, parent]) => {
    const type = schema.getType(parent) as { getFields(): Record<string, GraphQLField<unknown, unknown>> };
    return Object.values(type.getFields()).flatMap((field) =>
      field.args.flatMap((argument) =>
        slotsIn(argument.type, []).map(({ path, type: slotType }) => ({
          operation,
          parent,
          field,
          argument,
          path,
          type: slotType,
          name: `${parent}.${field.name}(${[argument.name, ...path].map(String).join('.')})`,
          variablePath: `$${argument.name}${formatPath(path)}`,
        })),
      ),
    );
  });
}

function slotsIn(
  type: GraphQLInputType,
  path: (string | number)[],
): { path: (string | number)[]; type: GraphQLInputType }[] {
  const here = [{ path, type }];
  const inner = getNullableType(type);
  if (isListType(inner)) return [...here, ...slotsIn(inner.ofType, [...path, 0])];
  if (isInputObjectType(inner)) {
    return [...here, ...Object.values(inner.getFields()).flatMap((f) => slotsIn(f.type, [...path, f.name]))];
  }
  if (isScalarType(inner) && inner.name === 'JSON')
    return [...here, { path: [...path, ...JSON_STRING_PATH], type: GraphQLString }];
  return here;
}

/** `.name`, `[0]`: as the service's messages write a path inside a value. */
export function formatPath(path: (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
}

/** True when the slot holds text: a String or an ID, or a string inside a JSON value. */
export function isTextSlot(slot: ArgumentSlot): boolean {
  const named = getNamedType(slot.type);
  return !isListType(getNullableType(slot.type)) && (named.name === 'String' || named.name === 'ID');
}

/**
 * A request that puts `value` at the slot: the slot's argument in a variable named after it,
 * the field's other required arguments in variables with plain values of their types (ids that
 * name nothing, so that no write goes through), the rest left out.
 */
export function slotRequest(slot: ArgumentSlot, value: unknown): { query: string; variables: Record<string, unknown> } {
  const args = slot.field.args.filter(
    (a) => a === slot.argument || (isNonNullType(a.type) && a.defaultValue === undefined),
  );
  const variables = Object.fromEntries(
    args.map((a) => [a.name, a === slot.argument ? valueWith(a.type, slot.path, value) : sample(a.type)]),
  );
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(slot.field.type)) ? ' { __typename }' : '';
  const call = `${slot.field.name}(${passed})${selection}`;
  const body = slot.parent === 'Entity' ? `entity(id: "location:kyiv") { ${call} }` : call;
  return { query: `${slot.operation} (${declared}) { ${body} }`, variables };
}

/** A value of `type` with `value` at `path`, the required fields around it filled in. */
function valueWith(type: GraphQLInputType, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const inner = getNullableType(type);
  if (isListType(inner)) return [valueWith(inner.ofType, path.slice(1), value)];
  if (isInputObjectType(inner)) {
    const [key, ...rest] = path as [string, ...(string | number)[]];
    return { ...(sample(inner) as object), [key]: valueWith(inner.getFields()[key].type, rest, value) };
  }
  // Inside a JSON value: plain objects and arrays down to the string.
  const [key, ...rest] = path;
  return typeof key === 'number' ? [valueWith(inner, rest, value)] : { [key]: valueWith(inner, rest, value) };
}

/** A plain value of `type`: its required fields only, ids and text "x". */
export function sample(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sample(inner.ofType)];
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type)]));
  }
  if (isEnumType(inner)) return inner.getValues()[0].name;
  switch (inner.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'JSON':
      return {};
    default:
      return 'x';
  }
}
