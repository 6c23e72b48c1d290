import type { EntityType } from '../entities/entity-type.enum';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import { type ConnectionShape, toConnection } from '../pagination/to-connection';
import type { Context } from '../server/context';
import type { EntityRecord } from '../store/records';
import type { EntityListArgs } from './args/entity-list.args';

const CURSOR_KIND = 'entities-by-name';

/** One page of one type's entities, ordered by name then id, as a connection. */
export async function listEntities(
  { store }: Context,
  type: EntityType,
  { first, after, filter }: EntityListArgs,
): Promise<ConnectionShape<EntityRecord>> {
  const key = after == null ? undefined : decodeCursor(after, `${CURSOR_KIND}:${type}`, 2);
  const page = await store.listEntities({
    type,
    name: filter?.name,
    first,
    after: key && { name: key[0], id: key[1] },
  });
  return toConnection(page, (e) => encodeCursor(`${CURSOR_KIND}:${type}`, [e.name, e.id]), after != null);
}
