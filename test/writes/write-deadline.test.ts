import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadSeeds } from '../../src/seed/load-seed';
import type { GraphStore } from '../../src/store/graph-store';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { wrapStore } from '../../src/store/wrap-store';
import { Role, createKey } from '../helpers/api-keys';
import { forEachEngine } from '../helpers/engines';
import { postGraphQL } from '../helpers/graphql-response';
import { largeImport } from '../helpers/large-import';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { SEED_DIR } from '../helpers/seeded-store';

const IMPORT =
  'mutation ($input: ImportSourceInput!) { importSource(input: $input) { created userErrors { message } } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The store for one more service over it: closing the service (which closes its store) leaves it open. */
const unclosed = (store: GraphStore) =>
  wrapStore(store, ({ method, proceed }) => (method === 'close' ? Promise.resolve() : proceed()));

/** A test's hold on the store's import write: before it starts, or after it has committed. */
type Hold = { at: 'before' | 'after'; ms: number } | null;

/**
 * The store with `importSourceGraph` held where `hold()` says: before the write (a write still
 * waiting when the deadline passes) or after it returns (a commit the deadline overtakes).
 * `settled` is the last held call, done however it ended.
 */
function holdingStore(store: GraphStore, hold: () => Hold) {
  const held = { settled: Promise.resolve() as Promise<unknown> };
  const wrapped = wrapStore(store, ({ method, proceed }) => {
    const how = method === 'importSourceGraph' ? hold() : null;
    if (!how) return proceed();
    const call = (async () => {
      if (how.at === 'before') await sleep(how.ms);
      const result = await proceed();
      if (how.at === 'after') await sleep(how.ms);
      return result;
    })();
    held.settled = call.catch(() => undefined);
    return call;
  });
  return { store: wrapped, held };
}

forEachEngine((engine) => {
  describe('an import and its deadline agree', () => {
    let store: KyselyGraphStore;
    let key: string;
    let hold: Hold = null;
    let held: { settled: Promise<unknown> };
    let short: ListeningApp;
    beforeAll(async () => {
      store = await engine.open();
      await loadSeeds(store, SEED_DIR);
      key = await createKey(store, Role.EDITOR);
      const holding = holdingStore(store, () => hold);
      held = holding.held;
      short = await listeningApp(unclosed(holding.store), { limits: { requestTimeoutMs: 250 } });
    });
    afterAll(async () => {
      await short.close();
      await store.close();
    });

    const send = async (service: ListeningApp, input: unknown) => {
      const response = await postGraphQL(
        service.url,
        { query: IMPORT, variables: { input } },
        { authorization: `Bearer ${key}` },
      );
      return {
        status: response.status,
        body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] },
      };
    };
    const isStored = async (sourceId: string) => (await store.sourcesByIds([sourceId])).length === 1;

    it('answers REQUEST_TIMEOUT, and stores nothing, when the deadline passes before the write commits', async () => {
      hold = { at: 'before', ms: 600 };
      const input = largeImport(5, 'held-before', 900_000);
      const answer = await send(short, input);
      expect(answer.status).toBe(503);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
      // The write was called after the request was answered: it is refused, and stays so.
      await held.settled;
      expect(await isStored(input.source.id)).toBe(false);
    });

    it('answers with the write, not REQUEST_TIMEOUT, when the write committed before the deadline', async () => {
      hold = { at: 'after', ms: 600 };
      const input = largeImport(5, 'held-after', 910_000);
      const answer = await send(short, input);
      expect(answer).toMatchObject({
        status: 200,
        body: { data: { importSource: { created: true, userErrors: [] } } },
      });
      expect(await isStored(input.source.id)).toBe(true);
    });

    it('stores nothing of a real import that outlives a short deadline, and stores it whole with time enough', async () => {
      hold = null;
      const input = largeImport(1_500, 'outlives');
      const started = performance.now();
      const answer = await send(short, input);
      expect(answer.status).toBe(503);
      expect(performance.now() - started).toBeLessThan(2_000); // answered at the deadline, not when the import ended
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
      // Whatever of it still runs stops at its next statement or pause and rolls back: nothing, now or later.
      expect(await isStored(input.source.id)).toBe(false);
      await sleep(3_000);
      expect(await isStored(input.source.id)).toBe(false);
      expect(await store.entitiesByIds(['person:agent-k000000'])).toEqual([]);

      const roomy = await listeningApp(unclosed(store), { limits: { requestTimeoutMs: 120_000 } });
      try {
        expect(await send(roomy, input)).toMatchObject({
          status: 200,
          body: { data: { importSource: { created: true } } },
        });
      } finally {
        await roomy.close();
      }
      expect(await isStored(input.source.id)).toBe(true);
      expect(await store.entitiesByIds(['person:agent-k001499'])).toHaveLength(1);
    }, 120_000);

    it('agrees at every deadline across the import: answered REQUEST_TIMEOUT means not stored, answered created means stored', async () => {
      hold = null;
      // How long the import takes here and now, with no deadline in its way.
      const roomy = await listeningApp(unclosed(store), { limits: { requestTimeoutMs: 120_000 } });
      const timed = performance.now();
      expect((await send(roomy, largeImport(600, 'sweep-timing'))).status).toBe(200);
      const importMs = performance.now() - timed;
      await roomy.close();

      const outcomes: string[] = [];
      for (const [attempt, share] of [0.2, 0.5, 0.8, 0.95, 1.1, 1.5].entries()) {
        const timeoutMs = Math.max(20, Math.round(importMs * share));
        const service = await listeningApp(unclosed(store), { limits: { requestTimeoutMs: timeoutMs } });
        try {
          // Entities of their own, so each attempt writes as much as the timed one.
          const input = largeImport(600, `sweep-${attempt}`, 10_000 * (attempt + 1));
          const answer = await send(service, input);
          const created = answer.status === 200 && answer.body.data?.importSource?.created === true;
          const timedOut = answer.status === 503 && answer.body.errors?.[0]?.extensions?.code === 'REQUEST_TIMEOUT';
          expect(created || timedOut).toBe(true);
          // A write still running after a REQUEST_TIMEOUT stops and rolls back; give it the time it could take.
          if (timedOut) await sleep(importMs);
          expect({
            share,
            answered: created ? 'created' : 'timed out',
            stored: await isStored(input.source.id),
          }).toEqual({
            share,
            answered: created ? 'created' : 'timed out',
            stored: created,
          });
          outcomes.push(created ? 'created' : 'timed out');
        } finally {
          await service.close();
        }
      }
      // The sweep met both answers (the shortest deadline times out, the longest does not).
      expect(outcomes[0]).toBe('timed out');
      expect(outcomes.at(-1)).toBe('created');
    }, 180_000);
  });
});
