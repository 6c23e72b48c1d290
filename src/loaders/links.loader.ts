import DataLoader from 'dataloader';
import { Direction } from '../domain/direction';
import type { GraphStore } from '../store/graph-store';
import type { LinkKey, RelationRecord } from '../store/records';

const keyString = (k: LinkKey) => `${k.entityId}|${k.predicate}|${k.direction}`;

/**
 * Relations of one predicate leaving or entering an entity. A whole batch, whatever its mix
 * of entities, predicates and directions, is one store call.
 */
export function createLinksLoader(store: GraphStore) {
  return new DataLoader<LinkKey, RelationRecord[], string>(
    async (keys) => {
      const groups = new Map<string, RelationRecord[]>();
      const add = (key: string, r: RelationRecord) => {
        const group = groups.get(key);
        if (group) group.push(r);
        else groups.set(key, [r]);
      };
      for (const r of await store.linkedRelations(keys)) {
        add(keyString({ entityId: r.subjectId, predicate: r.predicate, direction: Direction.OUTGOING }), r);
        add(keyString({ entityId: r.objectId, predicate: r.predicate, direction: Direction.INCOMING }), r);
      }
      return keys.map((k) => groups.get(keyString(k)) ?? []);
    },
    { cacheKeyFn: keyString },
  );
}
