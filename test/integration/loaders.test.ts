import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Direction } from '../../src/domain/direction';
import { Predicate } from '../../src/domain/predicate';
import { createLoaders } from '../../src/loaders/create-loaders';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { countingStore } from '../helpers/counting-store';
import { seededStore } from '../helpers/seeded-store';

describe('per-request loaders', () => {
  let store: KyselyGraphStore;
  beforeAll(async () => {
    store = await seededStore();
  });
  afterAll(() => store.close());

  it('batch loads of one tick into one store call, one value per key in key order', async () => {
    const { store: counted, calls } = countingStore(store);
    const loaders = createLoaders(counted);
    const ids = ['location:kyiv', 'person:nobody', 'person:putin'];
    const entities = await Promise.all(ids.map((id) => loaders.entity.load(id)));
    expect(entities.map((e) => e?.id ?? null)).toEqual(['location:kyiv', null, 'person:putin']);
    expect(calls).toEqual([{ method: 'entitiesByIds', args: [ids] }]);
  });

  it('answers links of mixed predicates and directions with one store call', async () => {
    const { store: counted, calls } = countingStore(store);
    const loaders = createLoaders(counted);
    const [targets, perpetrators, none] = await Promise.all([
      loaders.links.load({
        entityId: 'attack:kyiv-drone-strikes',
        predicate: Predicate.TARGETED,
        direction: Direction.OUTGOING,
      }),
      loaders.links.load({
        entityId: 'attack:kyiv-drone-strikes',
        predicate: Predicate.CARRIED_OUT,
        direction: Direction.INCOMING,
      }),
      loaders.links.load({ entityId: 'location:kyiv', predicate: Predicate.TARGETED, direction: Direction.OUTGOING }),
    ]);
    expect(targets.map((r) => r.objectId)).toEqual(['location:kyiv']);
    expect(perpetrators.map((r) => r.subjectId)).toEqual(['location:russia']);
    expect(none).toEqual([]);
    expect(calls.map((c) => c.method)).toEqual(['linkedRelations']);
  });

  it('cache within a request, never across requests', async () => {
    const { store: counted, calls } = countingStore(store);
    const loaders = createLoaders(counted);
    await loaders.figures.load('attack:kyiv-drone-strikes');
    await loaders.figures.load('attack:kyiv-drone-strikes');
    await createLoaders(counted).figures.load('attack:kyiv-drone-strikes');
    expect(calls.map((c) => c.method)).toEqual(['figuresByAttacks', 'figuresByAttacks']);
  });
});
