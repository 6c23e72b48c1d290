import { getMetadataStorage } from 'class-validator';
import { type ClassType, Extensions, FieldResolver } from 'type-graphql';
import { maxItems, withBound } from '../entities/list-bounds';

type Resolve = (...args: unknown[]) => unknown;
/** type-graphql's `ReturnTypeFunc`, which it does not export. */
type ReturnTypeFunc = NonNullable<Parameters<typeof FieldResolver>[0]>;

/**
 * `@FieldResolver` of a list that holds at most `max` items (`LIST_BOUNDS`). The bound is stated
 * once, here: the cost estimate multiplies by it (the `maxItems` extension), clients read it in
 * the description, and the list the method returns is cut to it, so no response holds more.
 */
export function BoundedList(returnType: ReturnTypeFunc, max: number, description?: string): MethodDecorator {
  return (target, key, descriptor) => {
    const resolve = descriptor.value as Resolve;
    const cut = (list: unknown) => (Array.isArray(list) && list.length > max ? list.slice(0, max) : list);
    const bounded: Resolve = function (this: unknown, ...args) {
      const list = resolve.apply(this, args);
      return list instanceof Promise ? list.then(cut) : cut(list);
    };
    const replaced = { ...descriptor, value: bounded as typeof descriptor.value };
    FieldResolver(returnType, { description: withBound(description, max) })(target, key, replaced);
    Extensions(maxItems(max))(target, key, replaced);
    return replaced;
  };
}

/**
 * The `maxItems` of a list paged by `first`: the `@Max` its args class puts on `first`. That
 * rule is what holds the list to it (validation refuses more), so the estimate reads the same
 * number rather than a copy of it.
 */
export function PagedBy(args: ClassType): MethodDecorator {
  return Extensions(maxItems(maxOfFirst(args)));
}

function maxOfFirst(args: ClassType): number {
  const rules = getMetadataStorage().getTargetValidationMetadatas(args, '', true, false);
  const limit = rules.find((rule) => rule.propertyName === 'first' && rule.name === 'max')?.constraints?.[0] as unknown;
  if (typeof limit !== 'number') throw new Error(`${args.name}.first has no @Max: a paged list needs one`);
  return limit;
}
