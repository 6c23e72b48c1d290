import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WritesBusyError } from '../../src/errors/writes-busy.error';
import { importSource } from '../../src/seed/import-source';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { WriteQueue } from '../../src/store/write-queue';
import { TEST_POSTGRES_SETTINGS, postgres } from '../helpers/engines';
import { largeImport } from '../helpers/large-import';

describe('WriteQueue', () => {
  it('gives turns one at a time, in the order asked', async () => {
    const queue = new WriteQueue(10);
    const order: number[] = [];
    const write = async (n: number) => {
      await queue.turn();
      order.push(n);
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(-n);
      queue.release();
    };
    await Promise.all([write(1), write(2), write(3)]);
    expect(order).toEqual([1, -1, 2, -2, 3, -3]);
  });

  it('refuses a write past the bound with WritesBusyError, and takes writes again once there is room', async () => {
    const queue = new WriteQueue(2);
    await queue.turn();
    const waiting = [queue.turn(), queue.turn()];
    await expect(queue.turn()).rejects.toBeInstanceOf(WritesBusyError);
    expect(queue.queued).toBe(2);
    queue.release();
    await waiting[0];
    const third = queue.turn();
    expect(queue.queued).toBe(2);
    queue.release();
    queue.release();
    await Promise.all([waiting[1], third]);
  });

  it('lets a write whose request was answered leave the queue, and refuses one asked for after', async () => {
    const queue = new WriteQueue(10);
    await queue.turn();
    const controller = new AbortController();
    const leaving = queue.turn(controller.signal);
    const next = queue.turn();
    controller.abort(new Error('answered already'));
    await expect(leaving).rejects.toThrow('answered already');
    await expect(queue.turn(controller.signal)).rejects.toThrow('answered already');
    expect(queue.queued).toBe(1);
    queue.release();
    await next; // the one behind the leaver got the turn
    queue.release();
    expect(queue.queued).toBe(0);
  });
});

describe('queued writes on PostgreSQL', () => {
  let store: KyselyGraphStore;
  beforeAll(async () => {
    store = await postgres.open();
  });
  afterAll(() => store.close());

  it(`leave the pool's connections to readers: a read answers while ${TEST_POSTGRES_SETTINGS.poolSize * 2} imports wait their turn`, async () => {
    const writers = TEST_POSTGRES_SETTINGS.poolSize * 2;
    const imports = Array.from({ length: writers }, (_, i) =>
      importSource(store, largeImport(400, `queued-${i}`, 1_000 * i), { keyId: null, name: 'test' }),
    );
    let done = false;
    const all = Promise.all(imports).finally(() => (done = true));
    const reads: number[] = [];
    // Wait until the writes are under way (the first has checked its input and holds the lock).
    await new Promise((resolve) => setTimeout(resolve, 300));
    while (!done) {
      const started = performance.now();
      await store.entitiesByIds(['person:agent-k000000']);
      reads.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const results = await all;
    expect(results.map((r) => r.stored)).toEqual(Array(writers).fill(true));
    expect(reads.length).toBeGreaterThan(5);
    // Before the queue, each waiting import held a connection, and a read waited for a whole import.
    expect(Math.max(...reads)).toBeLessThan(250);
  }, 120_000);
});
