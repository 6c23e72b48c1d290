import type { Direction } from '../domain/direction';
import type { EntityType } from '../domain/entity-type';
import type { Predicate } from '../domain/predicate';
import type { EntityRecord, EntityRecordOf } from '../store/records';
import { loadAll } from './batch';
import type { Loaders } from './create-loaders';

type OneWay = Direction.OUTGOING | Direction.INCOMING;

/**
 * The entities at the other end of an entity's relations with the given predicates, one
 * way, each once, in relation order; `types` keeps only those types. Typed fields such as
 * `Attack.targets` are this with fixed arguments.
 */
export async function linkedEntities<T extends EntityType = EntityType>(
  loaders: Loaders,
  entityId: string,
  direction: OneWay,
  predicates: Predicate[],
  types?: T[],
): Promise<EntityRecordOf<T>[]> {
  const lists = await loadAll(
    loaders.links,
    predicates.map((predicate) => ({ entityId, predicate, direction })),
  );
  const ids = new Set<string>();
  for (const list of lists) {
    for (const r of list) ids.add(r.subjectId === entityId ? r.objectId : r.subjectId);
  }
  const entities = await loadAll(loaders.entity, [...ids]);
  return entities.filter(
    (e): e is EntityRecordOf<T> => e !== null && (!types || (types as EntityType[]).includes(e.type)),
  );
}

/** The first of `linkedEntities`, or null. */
export async function linkedEntity<T extends EntityType = EntityType>(
  ...args: Parameters<typeof linkedEntities<T>>
): Promise<EntityRecordOf<T> | null> {
  return (await linkedEntities<T>(...args))[0] ?? null;
}

/** Each entity once, first occurrence first. */
export function uniqueById(entities: EntityRecord[]): EntityRecord[] {
  return [...new Map(entities.map((e) => [e.id, e])).values()];
}
