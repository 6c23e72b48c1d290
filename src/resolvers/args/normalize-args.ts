import { getMetadataStorage } from 'type-graphql';

type Fields = Record<string, unknown>;

/**
 * A query's arguments as its resolver reads them. null, where the schema allows it, means "not
 * given": the class default, as if left out (the usual unset variable, `filter: $f`), in the
 * filters inside too. A list given the same value many times is the set of its values: every
 * list of an args class is one (`types`, `predicates`), and 90,000 copies of one predicate
 * would otherwise reach SQL as 90,000 parameters. Mutation inputs (`@Arg`, not `@ArgsType`)
 * are left as sent: there null may mean "clear". Changes the instance type-graphql built for
 * this call, which nothing else holds.
 */
export function normalizeArgs(args: object): void {
  if (isArgsClass(args.constructor)) omitNulls(args as Fields);
}

function omitNulls(value: Fields): void {
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (field === null) {
      const fallback = defaultsOf(value.constructor)[key];
      if (fallback === undefined) delete value[key];
      else value[key] = fallback;
    } else if (Array.isArray(field)) {
      if (field.length > 1 && typeof field[0] !== 'object') value[key] = [...new Set(field)];
    } else if (typeof field === 'object') {
      omitNulls(field as Fields);
    }
  }
}

const argsClasses = new Map<unknown, boolean>();

function isArgsClass(target: unknown): boolean {
  let known = argsClasses.get(target);
  if (known === undefined) {
    known = getMetadataStorage().argumentTypes.some((t) => t.target === target);
    argsClasses.set(target, known);
  }
  return known;
}

const defaults = new Map<unknown, Fields>();

/** A fresh instance's fields: what each field is when the caller leaves it out. */
function defaultsOf(target: unknown): Fields {
  let fields = defaults.get(target);
  if (!fields) defaults.set(target, (fields = new (target as new () => Fields)()));
  return fields;
}
