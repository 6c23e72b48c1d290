import type { Direction } from '../domain/direction';
import type { EntityType } from '../domain/entity-type';
import type { Predicate } from '../domain/predicate';
import type { EntityRecord } from '../store/records';
import { loadAll } from './batch';
import type { Loaders } from './create-loaders';

type OneWay = Direction.OUTGOING | Direction.INCOMING;

/**
 * The entities at the other end of an entity's relations with the given predicates, one
 * way, each once, in relation order; `types` keeps only those types. Typed fields such as
 * `Attack.targets` are this with fixed arguments.
 */
export async function linkedEntities(
  loaders: Loaders,
  entityId: string,
  direction: OneWay,
  predicates: Predicate[],
  types?: EntityType[],
): Promise<EntityRecord[]> {
  const lists = await loadAll(loaders.links, predicates.map((predicate) => ({ entityId, predicate, direction })));
  const ids = new Set<string>();
  for (const list of lists) {
    for (const r of list) ids.add(r.subjectId === entityId ? r.objectId : r.subjectId);
  }
  const entities = await loadAll(loaders.entity, [...ids]);
  return entities.filter((e): e is EntityRecord => e !== null && (!types || types.includes(e.type)));
}

/** The first of `linkedEntities`, or null. */
export async function linkedEntity(...args: Parameters<typeof linkedEntities>): Promise<EntityRecord | null> {
  return (await linkedEntities(...args))[0] ?? null;
}

/** Each entity once, first occurrence first. */
export function uniqueById(entities: EntityRecord[]): EntityRecord[] {
  return [...new Map(entities.map((e) => [e.id, e])).values()];
}
