import { Direction } from '../entities/direction.enum';
import type { EntityType } from '../entities/entity-type.enum';
import { NameOrder } from '../entities/name-order.enum';
import { Predicate } from '../entities/predicate.enum';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import { type ConnectionShape, toConnection } from '../pagination/to-connection';
import type { Context } from '../server/context';
import type { EntityListQuery, EntityRecord } from '../store/records';
import type { AttackFilter } from './args/attack-filter.input';
import type { OrderedPageArgs } from './args/ordered-page.args';
import type { NegotiationFilter } from './args/negotiation-filter.input';
import type { StatementFilter } from './args/statement-filter.input';

/** Every filter field any list takes; each list's input type exposes its own subset. */
type AnyFilter = Partial<AttackFilter & NegotiationFilter & StatementFilter>;

/** One page of one type's entities, ordered by name then id, as a connection. */
export async function listEntities(
  { store }: Context,
  type: EntityType,
  { first, after, orderBy, filter = {} }: OrderedPageArgs & { filter?: AnyFilter },
): Promise<ConnectionShape<EntityRecord>> {
  const descending = orderBy === NameOrder.NAME_DESC;
  // The cursor names the list and its order, so it cannot resume a different one.
  const cursorKind = `entities:${type}:${orderBy}`;
  const key = after == null ? undefined : decodeCursor(after, cursorKind, 2);
  const linkedTo: EntityListQuery['linkedTo'] = [];
  if (filter.target)
    linkedTo.push({ predicate: Predicate.TARGETED, direction: Direction.OUTGOING, entityId: filter.target });
  if (filter.speaker)
    linkedTo.push({ predicate: Predicate.SAID, direction: Direction.INCOMING, entityId: filter.speaker });
  const page = await store.listEntities({
    type,
    name: filter.name,
    weapon: filter.weapon,
    status: filter.status,
    kind: filter.kind,
    linkedTo,
    descending,
    first,
    after: key && { name: key[0], id: key[1] },
  });
  return toConnection(page, (e) => encodeCursor(cursorKind, [e.name, e.id]), after != null);
}
