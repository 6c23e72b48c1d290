import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { closeApp } from '../../src/server/close-app';
import { type App, createApp } from '../../src/server/create-app';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { Role, createKey } from '../helpers/api-keys';
import { capturedLog } from '../helpers/captured-log';
import { forEachEngine } from '../helpers/engines';
import type { GraphQLResponseBody } from '../helpers/graphql-response';
import { OPERATIONS } from '../helpers/operations';
import { seededStore } from '../helpers/seeded-store';

const SEED = 'source:aljazeera-kyiv-drone-strikes';
const cite = (quote: string) => [{ source: SEED, quote }];

/** A new source naming one new entity ("The desk"), so a graph may state things about stored ones. */
const DESK = {
  id: 'organization:rules-desk',
  type: 'ORGANIZATION',
  name: 'The desk',
  aliases: [],
  kind: 'MEDIA',
  mentions: [{ quote: 'The desk' }],
};

interface Statement {
  text: string;
  graph: { entities?: Record<string, unknown>[]; positions?: unknown[]; relations?: unknown[]; figures?: unknown[] };
}

/**
 * One write rule broken the same way on the two paths: an import of a new source stating it,
 * and the edit mutation that states the same about the stored graph. Both must refuse it with
 * the same code and write nothing. `editCode` is set only where the schema itself refuses the
 * edit before any rule runs (an `Int` argument cannot carry a value past 2^31-1).
 */
interface RuleCase {
  rule: string;
  imported: Statement;
  edit: { operation: string; input: Record<string, unknown> } | null;
  code: string;
  editCode?: string;
}

const CASES: RuleCase[] = [
  {
    rule: 'a statement has one speaker',
    imported: {
      text: 'The desk reported. Putin said new pressure on Moscow was needed.',
      graph: {
        relations: [
          {
            subject: 'person:putin',
            predicate: 'SAID',
            object: 'statement:zelenskyy-new-pressure-on-moscow',
            evidence: [{ quote: 'Putin said new pressure on Moscow was needed' }],
          },
        ],
      },
    },
    edit: {
      operation: 'AddRelation',
      input: {
        subject: 'person:putin',
        predicate: 'SAID',
        object: 'statement:zelenskyy-new-pressure-on-moscow',
        evidence: cite('President Putin'),
      },
    },
    code: 'CONFLICT',
  },
  {
    rule: 'an attack has one perpetrator',
    imported: {
      text: 'The desk reported. Ukraine struck Kyiv overnight.',
      graph: {
        relations: [
          {
            subject: 'location:ukraine',
            predicate: 'CARRIED_OUT',
            object: 'attack:kyiv-drone-strikes',
            evidence: [{ quote: 'Ukraine struck Kyiv' }],
          },
        ],
      },
    },
    edit: {
      operation: 'AddRelation',
      input: {
        subject: 'location:ukraine',
        predicate: 'CARRIED_OUT',
        object: 'attack:kyiv-drone-strikes',
        evidence: cite('supporting Ukraine'),
      },
    },
    code: 'CONFLICT',
  },
  {
    rule: 'a relation given again keeps its role',
    imported: {
      text: 'The desk reported. Umerov took part in the talks as an observer.',
      graph: {
        relations: [
          {
            subject: 'person:rustem-umerov',
            predicate: 'PARTICIPATES_IN',
            object: 'negotiation:saudi-arabia-peace-talks',
            role: 'observer',
            evidence: [{ quote: 'Umerov took part in the talks as an observer' }],
          },
        ],
      },
    },
    edit: {
      operation: 'AddRelation',
      input: {
        subject: 'person:rustem-umerov',
        predicate: 'PARTICIPATES_IN',
        object: 'negotiation:saudi-arabia-peace-talks',
        role: 'observer',
        evidence: cite('Umerov participating in the negotiations'),
      },
    },
    code: 'CONFLICT',
  },
  {
    rule: "a position's title is its role: a second one of the same place conflicts",
    imported: {
      text: 'The desk reported. Klitschko is also a senator of Kyiv.',
      graph: {
        positions: [
          {
            person: 'person:vitali-klitschko',
            title: 'senator',
            of: 'location:kyiv',
            evidence: [{ quote: 'Klitschko is also a senator of Kyiv' }],
          },
        ],
      },
    },
    // Positions are written by imports only (addRelation refuses HOLDS_POSITION: INVALID).
    edit: null,
    code: 'CONFLICT',
  },
  {
    rule: 'a figure given again keeps its qualifier',
    imported: {
      text: 'The desk reported. About three people were killed.',
      graph: {
        figures: [
          {
            attack: 'attack:kyiv-drone-strikes',
            metric: 'KILLED',
            value: 3,
            qualifier: 'about',
            reportedBy: null,
            evidence: [{ quote: 'About three people were killed' }],
          },
        ],
      },
    },
    edit: {
      operation: 'AddFigure',
      input: {
        attack: 'attack:kyiv-drone-strikes',
        metric: 'KILLED',
        value: 3,
        qualifier: 'about',
        evidence: cite('Three people were killed'),
      },
    },
    code: 'CONFLICT',
  },
  {
    rule: 'a value fits a 32-bit Int',
    imported: {
      text: 'The desk reported. Billions of drones were launched.',
      graph: {
        figures: [
          {
            attack: 'attack:kyiv-drone-strikes',
            metric: 'LAUNCHED',
            value: 2 ** 31,
            evidence: [{ quote: 'Billions of drones were launched' }],
          },
        ],
      },
    },
    edit: {
      operation: 'AddFigure',
      input: {
        attack: 'attack:kyiv-drone-strikes',
        metric: 'LAUNCHED',
        value: 2 ** 31,
        evidence: cite('Russia launched 147 drones'),
      },
    },
    code: 'INVALID',
    editCode: 'BAD_USER_INPUT',
  },
  {
    rule: 'a date is a calendar date, not a date-time',
    imported: {
      text: 'The desk reported. Drones hit Kyiv at two.',
      graph: {
        entities: [
          DESK,
          {
            id: 'attack:rules-strike',
            type: 'ATTACK',
            name: 'Strike',
            aliases: [],
            weapon: 'DRONE',
            occurredOn: '2025-03-11T02:00:00Z',
            damage: [],
            mentions: [{ quote: 'Drones hit Kyiv at two' }],
          },
        ],
      },
    },
    edit: {
      operation: 'UpdateEntity',
      input: { id: 'attack:kyiv-drone-strikes', expectedVersion: 1, occurredOn: '2025-03-11T02:00:00Z' },
    },
    code: 'INVALID',
  },
  {
    rule: 'no relation from an entity to itself',
    imported: {
      text: 'The desk reported. Kyiv lies in Kyiv.',
      graph: {
        relations: [
          {
            subject: 'location:kyiv',
            predicate: 'PART_OF',
            object: 'location:kyiv',
            evidence: [{ quote: 'Kyiv lies in Kyiv' }],
          },
        ],
      },
    },
    edit: {
      operation: 'AddRelation',
      input: {
        subject: 'location:kyiv',
        predicate: 'PART_OF',
        object: 'location:kyiv',
        evidence: cite('In Kyiv, recent'),
      },
    },
    code: 'INVALID',
  },
  {
    rule: 'an alias is words of a source citing the entity',
    imported: { text: 'The desk reported.', graph: { entities: [{ ...DESK, aliases: ['The Bureau'] }] } },
    edit: {
      operation: 'UpdateEntity',
      input: { id: 'person:vitali-klitschko', expectedVersion: 1, aliases: ['Vitaly Klychko'] },
    },
    code: 'QUOTE_NOT_FOUND',
  },
  {
    rule: "a statement's text is words of a source citing it",
    imported: {
      text: 'The desk reported. Zelenskyy spoke.',
      graph: {
        entities: [
          DESK,
          {
            id: 'statement:rules-words',
            type: 'STATEMENT',
            name: 'Words',
            aliases: [],
            kind: 'QUOTE',
            text: 'We give up.',
            mentions: [{ quote: 'Zelenskyy spoke' }],
          },
        ],
        relations: [
          {
            subject: 'person:volodymyr-zelenskyy',
            predicate: 'SAID',
            object: 'statement:rules-words',
            evidence: [{ quote: 'Zelenskyy spoke' }],
          },
        ],
      },
    },
    edit: {
      operation: 'UpdateEntity',
      input: { id: 'statement:zelenskyy-new-pressure-on-moscow', expectedVersion: 1, text: 'We give up.' },
    },
    code: 'QUOTE_NOT_FOUND',
  },
  {
    rule: 'what a statement is about is named once',
    imported: {
      text: 'The desk reported. Zelenskyy spoke of Kyiv.',
      graph: {
        entities: [
          DESK,
          {
            id: 'statement:rules-about',
            type: 'STATEMENT',
            name: 'About Kyiv',
            aliases: [],
            kind: 'PARAPHRASE',
            text: 'Zelenskyy spoke of Kyiv',
            mentions: [{ quote: 'Zelenskyy spoke of Kyiv' }],
          },
        ],
        relations: [
          {
            subject: 'person:volodymyr-zelenskyy',
            predicate: 'SAID',
            object: 'statement:rules-about',
            evidence: [{ quote: 'Zelenskyy spoke' }],
          },
          {
            subject: 'statement:rules-about',
            predicate: 'ABOUT',
            object: 'location:kyiv',
            evidence: [{ quote: 'of Kyiv' }],
          },
          {
            subject: 'statement:rules-about',
            predicate: 'ABOUT',
            object: 'location:kyiv',
            evidence: [{ quote: 'spoke of Kyiv' }],
          },
        ],
      },
    },
    edit: {
      operation: 'AddStatement',
      input: {
        name: 'About Kyiv twice',
        kind: 'PARAPHRASE',
        speaker: 'person:volodymyr-zelenskyy',
        text: 'The recent drone strikes in Kyiv',
        about: ['location:kyiv', 'location:kyiv'],
        evidence: cite('The recent drone strikes in Kyiv'),
      },
    },
    code: 'INVALID',
  },
];

/**
 * The write rules, one table run through both write paths on both engines: whatever the path,
 * a write that breaks a rule is refused with the same code, and nothing of it is stored.
 */
forEachEngine((engine) => {
  describe('one set of write rules', () => {
    let store: KyselyGraphStore;
    let app: App;
    let editor: string;
    let admin: string;
    const log = capturedLog();

    beforeAll(async () => {
      store = await seededStore(engine);
      app = await createApp({ logLevel: 'info', logStream: log.stream, production: true }, store);
      editor = await createKey(store, Role.EDITOR, 'rules-editor');
      admin = await createKey(store, Role.ADMIN, 'rules-admin');
    });
    afterAll(async () => {
      await closeApp(app, store);
    });

    async function send(operationName: string, variables: Record<string, unknown>, key = editor) {
      const response = await app.fastify.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        payload: { query: OPERATIONS, operationName, variables },
      });
      return { status: response.statusCode, body: response.json<GraphQLResponseBody>() };
    }
    /** A refused write is the client's mistake: nothing logged as an error, and the next read answered at once. */
    async function expectServingAfterClientMistakes() {
      expect(log.errors()).toEqual([]);
      // The quickest of three reads: a service left busy fails all three, a scheduler's moment one.
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const response = await app.fastify.inject({
          method: 'POST',
          url: '/graphql',
          payload: { query: '{ entity(id: "location:kyiv") { name } }' },
        });
        times.push(performance.now() - started);
        expect(response.statusCode).toBe(200);
      }
      expect(Math.min(...times)).toBeLessThan(100);
    }
    const snapshot = async () => ({ version: await store.graphVersion(), stats: await store.stats() });
    /** The codes a write was refused with: its user errors, or else its GraphQL errors. */
    const refusal = (body: GraphQLResponseBody, field: string): string[] => {
      const payload = body.data?.[field] as { userErrors?: { code: string }[] } | null | undefined;
      return payload?.userErrors?.length
        ? payload.userErrors.map((e) => e.code)
        : (body.errors ?? []).map((e) => String(e.extensions?.code));
    };

    it.each(CASES.map((c, i) => ({ ...c, i })))(
      '$rule: the import and the edit are both refused with $code',
      async ({ i, imported, edit, code, editCode }) => {
        const before = await snapshot();
        const graph = { entities: [DESK], positions: [], relations: [], figures: [], ...imported.graph };
        const input = {
          source: { id: `source:rules-case-${i}`, title: `Rules ${i}`, publisher: 'Desk' },
          text: imported.text,
          graph,
        };
        const viaImport = await send('ImportSource', { input });
        expect(viaImport.status).toBe(200);
        expect(refusal(viaImport.body, 'importSource')).toContain(code);
        expect(await snapshot()).toEqual(before);

        if (!edit) return expectServingAfterClientMistakes();
        const field = edit.operation.charAt(0).toLowerCase() + edit.operation.slice(1);
        const viaEdit = await send(edit.operation, { input: edit.input });
        expect(refusal(viaEdit.body, field)).toContain(editCode ?? code);
        expect(await snapshot()).toEqual(before);
        await expectServingAfterClientMistakes();
      },
    );

    it('runs several mutations in turn: those that committed answer their results, the one over the rate its error, with 200', async () => {
      // An app of its own whose keys may write twice a minute, over the same store.
      const limited = await createApp({ logLevel: 'silent', production: true, limits: { writeRateLimit: 2 } }, store);
      const post = (payload: unknown, headers: Record<string, string>) =>
        limited.fastify.inject({
          method: 'POST',
          url: '/graphql',
          headers: { 'content-type': 'application/json', ...headers },
          payload: JSON.stringify(payload),
        });
      const key = await createKey(store, Role.EDITOR, 'three-at-once');
      const ids = ['location:moscow', 'location:russia', 'location:ukraine'];
      const versions = (await store.entitiesByIds(ids)).map((e) => e.version);
      const before = await store.graphVersion();
      const update = (i: number) =>
        `u${i}: updateEntity(input: { id: "${ids[i]}", expectedVersion: ${versions[i]}, description: "d${i}" }) { entity { id version } userErrors { code } }`;
      const response = await post(
        { query: `mutation { ${[0, 1, 2].map(update).join(' ')} }` },
        { authorization: `Bearer ${key}` },
      );
      expect(response.statusCode).toBe(200);
      const body = response.json<GraphQLResponseBody>();
      expect(body.data).toEqual({
        u0: { entity: { id: ids[0], version: versions[0] + 1 }, userErrors: [] },
        u1: { entity: { id: ids[1], version: versions[1] + 1 }, userErrors: [] },
        u2: null,
      });
      expect(body.errors?.map((e) => ({ path: e.path, code: e.extensions?.code }))).toEqual([
        { path: ['u2'], code: 'RATE_LIMITED' },
      ]);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect(await store.graphVersion()).toBe(before + 2);
      // Nothing committed: the request keeps the refusal's own status.
      const none = await post({ query: `mutation { ${update(2)} }` }, { authorization: `Bearer ${key}` });
      expect(none.statusCode).toBe(429);
      expect(none.json<GraphQLResponseBody>().data).toEqual({ u2: null });
      await limited.fastify.close();
    });

    it('names the stored fact a contradiction meets, at its place in the import', async () => {
      const [speaker] = CASES;
      const input = {
        source: { id: 'source:rules-named', title: 'Named', publisher: 'Desk' },
        text: speaker.imported.text,
        graph: { entities: [DESK], positions: [], figures: [], ...speaker.imported.graph },
      };
      const { body } = await send('ImportSource', { input });
      expect((body.data?.importSource as { userErrors: unknown[] }).userErrors).toEqual([
        expect.objectContaining({
          code: 'CONFLICT',
          field: ['graph', 'relations', '0', 'subject'],
          message: expect.stringContaining(
            'person:volodymyr-zelenskyy SAID statement:zelenskyy-new-pressure-on-moscow is stored',
          ),
        }),
      ]);
    });

    it("lets a source cite a statement's own speaker again: the evidence grows", async () => {
      const { body } = await send('AddRelation', {
        input: {
          subject: 'person:volodymyr-zelenskyy',
          predicate: 'SAID',
          object: 'statement:zelenskyy-new-pressure-on-moscow',
          evidence: cite('Zelenskyy emphasized the necessity'),
        },
      });
      expect(body.data?.addRelation).toMatchObject({ userErrors: [] });
    });

    it("removes a HOLDS_POSITION with its position, and a deleted reporter's figures with the attack's version bumped", async () => {
      const relation = 'relation:person-vitali-klitschko--holds-position--location-kyiv';
      const removed = await send('RemoveRelation', { input: { id: relation } });
      expect(removed.body.data?.removeRelation).toEqual({ deletedId: relation, userErrors: [] });
      expect((await store.positionsByPeople(['person:vitali-klitschko'])).map((p) => p.title)).toEqual([]);

      const added = await send('AddFigure', {
        input: {
          attack: 'attack:kyiv-drone-strikes',
          metric: 'INJURED',
          value: 2,
          reportedBy: 'organization:emergency-services',
          evidence: cite('emergency services were dispatched'),
        },
      });
      expect(added.body.data?.addFigure).toMatchObject({ userErrors: [] });
      const [attack] = await store.entitiesByIds(['attack:kyiv-drone-strikes']);
      const [reporter] = await store.entitiesByIds(['organization:emergency-services']);
      const deleted = await send(
        'DeleteEntity',
        { input: { id: reporter.id, expectedVersion: reporter.version } },
        admin,
      );
      expect(deleted.body.data?.deleteEntity).toEqual({ deletedId: reporter.id, userErrors: [] });
      const [after] = await store.entitiesByIds(['attack:kyiv-drone-strikes']);
      expect(after.version).toBe(attack.version + 1);
      expect((await store.figuresByAttacks([attack.id])).map((f) => f.reportedById)).not.toContain(reporter.id);
      const [change] = (await store.changes({ first: 1 })).items;
      expect(change).toMatchObject({
        operation: 'deleteEntity',
        entityIds: expect.arrayContaining([reporter.id, attack.id]),
      });
    });
  });
});
