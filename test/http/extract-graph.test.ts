import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EntityType } from '../../src/domain/entity-type';
import { MAX_ARTICLE_LENGTH } from '../../src/drafts/draft-article';
import { WORKER_FILE } from '../../src/drafts/extractor-thread';
import { knownEntities } from '../../src/drafts/known-entities';
import { type DraftGraph, type DraftQuote, Gazetteer, extractGraph } from '../../src/extract';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { Role, createKey } from '../helpers/api-keys';
import { type LogLine, capturedLog } from '../helpers/captured-log';
import { forEachEngine } from '../helpers/engines';
import { followUpInput } from '../helpers/follow-up';
import type { GraphQLResponseBody } from '../helpers/graphql-response';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { OPERATIONS } from '../helpers/operations';
import { SEED_DIR, seededStore } from '../helpers/seeded-store';

/** The types the gazetteer links by name. */
const NAMED: string[] = [EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION];
const EXTRACT = 'query ($input: ExtractGraphInput!) { extractGraph(input: $input) { graph linked warnings } }';
const IMPORT =
  'mutation ($input: ImportSourceInput!) { importSource(input: $input) { created merged userErrors { code field message } } }';
const WRITE_RATE = 4;
/** Small enough that a text past it is cheap to send; the article fits many times over, and a text just past MAX_ARTICLE_LENGTH too. */
const WRITE_BODY_LIMIT = 64 * 1024;
/** Fastify's own limit is the larger of the two: the read limit stays under the write limit, as by default. */
const READ_BODY_LIMIT = 16 * 1024;

interface Answer {
  status: number;
  headers: Headers;
  body: GraphQLResponseBody;
}

interface ExtractionBody {
  graph: DraftGraph;
  linked: string[];
  warnings: string[];
}

/** Every quote and `within` of a draft, with where it stands. */
function quotesOf(graph: DraftGraph): { at: string; quote: DraftQuote }[] {
  return [
    ...graph.entities.flatMap((e) => e.mentions.map((quote, i) => ({ at: `${e.id}.mentions[${i}]`, quote }))),
    ...graph.relations.flatMap((r, n) =>
      r.evidence.map((quote, i) => ({ at: `relations[${n}].evidence[${i}]`, quote })),
    ),
    ...graph.positions.flatMap((p, n) =>
      p.evidence.map((quote, i) => ({ at: `positions[${n}].evidence[${i}]`, quote })),
    ),
    ...graph.figures.flatMap((f, n) => f.evidence.map((quote, i) => ({ at: `figures[${n}].evidence[${i}]`, quote }))),
  ];
}

/** The ids a draft points at from its relations, positions and figures. */
function referencedIds(graph: DraftGraph): string[] {
  return [
    ...graph.relations.flatMap((r) => [r.subject, r.object]),
    ...graph.positions.flatMap((p) => [p.person, ...(p.of ? [p.of] : [])]),
    ...graph.figures.flatMap((f) => [f.attack, ...(f.reportedBy ? [f.reportedBy] : [])]),
  ];
}

/**
 * `extractGraph` over HTTP on both engines: a draft of the Riyadh follow-up that importSource
 * takes as it is, the key and rate rules of writes, refusals of bad input naming the field, the
 * worker's draft the same as the extractor's in this process, and the entities read and the
 * gazetteer built once per graph version however many requests ask. The extraction worker runs
 * the build's copy of the extractor (dist/): `npm test` builds first.
 */
forEachEngine((engine) => {
  describe('extractGraph', () => {
    let store: KyselyGraphStore;
    let service: ListeningApp;
    let log: ReturnType<typeof capturedLog>;
    let editor: string;
    let admin: string;
    const { source, text } = followUpInput();
    /** The people, organizations and places the first draft added to the graph. */
    let added: string[] = [];

    beforeAll(async () => {
      if (!existsSync(WORKER_FILE))
        throw new Error(`${WORKER_FILE} is missing: run npm run build (npm test does) first`);
      store = await seededStore(engine);
      log = capturedLog();
      service = await listeningApp(store, {
        logLevel: 'info',
        logStream: log.stream,
        production: true,
        limits: { writeRateLimit: WRITE_RATE, bodyLimitBytes: READ_BODY_LIMIT, writeBodyLimitBytes: WRITE_BODY_LIMIT },
      });
      editor = await createKey(store, Role.EDITOR, 'drafting editor');
      admin = await createKey(store, Role.ADMIN, 'drafting admin');
    });
    afterAll(() => service.close());

    /** As Apollo Client 4 sends it: a client that reads GraphQL's own media type keeps the 4xx statuses. */
    async function post(body: unknown, key?: string): Promise<Answer> {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json;q=0.9',
          ...(key && { authorization: `Bearer ${key}` }),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphQLResponseBody,
      };
    }
    const extract = (input: unknown, key?: string) => post({ query: EXTRACT, variables: { input } }, key);
    const codes = (answer: Answer) => answer.body.errors?.map((e) => e.extensions?.code);
    const builds = () => log.lines.filter((line: LogLine) => line.msg === 'gazetteer built');
    const reads = () => log.lines.filter((line: LogLine) => line.msg === 'known entities read');

    /** A fresh key for each test that spends write points, so that no test spends another's. */
    const freshEditor = (name: string) => createKey(store, Role.EDITOR, name);

    it('drafts the article for an editor: every quote is words of it, and importSource takes the draft as it is', async () => {
      const answer = await extract({ text, source }, editor);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.status).toBe(200);
      const { graph, linked, warnings } = (answer.body.data as { extractGraph: ExtractionBody }).extractGraph;
      expect(warnings).toEqual(expect.any(Array));

      const misquoted = quotesOf(graph).filter(
        ({ quote }) =>
          !text.includes(quote.quote) ||
          (quote.within !== undefined && !(text.includes(quote.within) && quote.within.includes(quote.quote))),
      );
      expect(misquoted).toEqual([]);

      // `linked` is what the draft refers to of the stored graph: stored, and in the draft.
      const drafted = new Set(graph.entities.map((e) => e.id));
      const stored = new Set((await store.entitiesByIds(linked)).map((e) => e.id));
      expect(linked.filter((id) => !stored.has(id))).toEqual([]);
      const mentioned = new Set([...drafted, ...referencedIds(graph)]);
      expect(linked.filter((id) => !mentioned.has(id))).toEqual([]);
      // What it points at without drafting it must be stored, so it is among `linked`.
      expect([...new Set(referencedIds(graph))].filter((id) => !drafted.has(id) && !linked.includes(id))).toEqual([]);

      const imported = await post({ query: IMPORT, variables: { input: { source, text, graph } } }, editor);
      expect(imported.body.errors).toBeUndefined();
      const payload = (
        imported.body.data as { importSource: { created: boolean; merged: string[]; userErrors: unknown[] } }
      ).importSource;
      expect(payload.userErrors).toEqual([]);
      expect(payload.created).toBe(true);
      // Only entities the draft linked to can grow.
      expect(payload.merged.filter((id) => !linked.includes(id))).toEqual([]);
      added = graph.entities.filter((e) => NAMED.includes(e.type) && !linked.includes(e.id)).map((e) => e.id);
    });

    it('links a draft to what the import of the one before stored: the gazetteer is the graph as it is now', async () => {
      const { linked } = ((await extract({ text }, editor)).body.data as { extractGraph: ExtractionBody }).extractGraph;
      expect(added.length).toBeGreaterThan(0);
      expect(added.filter((id) => !linked.includes(id))).toEqual([]);
    });

    it('drafts for an admin, and without a source', async () => {
      const answer = await extract({ text }, admin);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.status).toBe(200);
    });

    it("answers with the extractor's own draft: the worker's is the one extractGraph makes in this process, for the same text and graph", async () => {
      const key = await freshEditor('same draft');
      const gazetteer = Gazetteer.of(await knownEntities(store));
      for (const article of [text, readFileSync(join(SEED_DIR, 'kyiv-drone-strikes', 'article.txt'), 'utf8')]) {
        const answer = await extract({ text: article }, key);
        expect(answer.body.errors).toBeUndefined();
        // Here from src/, in the worker from dist/: a difference after a change to src/extract is a build not redone.
        const { graph, linked, warnings } = extractGraph({ text: article }, gazetteer);
        // As JSON, the way the answer travels.
        expect(answer.body.data).toEqual({ extractGraph: JSON.parse(JSON.stringify({ graph, linked, warnings })) });
      }
    });

    it('refuses a request without a key, or with a key it does not know, as it refuses an import', async () => {
      for (const key of [undefined, 'ngk_not-a-key']) {
        const answer = await extract({ text }, key);
        const importing = await post({ query: IMPORT, variables: { input: followUpInput() } }, key);
        expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
        expect(codes(importing)).toEqual(['UNAUTHENTICATED']);
        // A refusal inside the operation, with no status of its own: 200, for the import as for the draft.
        expect([answer.status, importing.status]).toEqual([200, 200]);
        expect(answer.body.data).toBeNull();
      }
    });

    it('refuses a revoked key', async () => {
      const key = await createKey(store, Role.EDITOR, 'revoked drafter');
      expect(await store.revokeApiKey('revoked drafter')).toBe(true);
      const answer = await extract({ text }, key);
      expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
      expect(answer.body.errors?.[0].message).toBe('The key is not known, or was revoked');
    });

    describe('bad input, refused naming the field', () => {
      let key: string;
      beforeAll(async () => {
        // Refusals before the resolver spend no point; this key has a few for those that reach it.
        key = await freshEditor('bad input');
      });

      it('a NUL in the text: 400, before anything runs', async () => {
        const answer = await extract({ text: 'Kyiv\u0000' }, key);
        expect(answer.status).toBe(400);
        expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '$input.text' });
        expect(answer.body.errors?.[0].message).toContain('"$input.text"');
      });

      it('a null text: 400, naming input.text', async () => {
        const answer = await extract({ text: null }, key);
        expect(answer.status).toBe(400);
        expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
        expect(answer.body.errors?.[0].message).toContain('"input.text"');
      });

      it('a text past MAX_ARTICLE_LENGTH: refused naming input.text', async () => {
        const answer = await extract(
          { text: 'Kyiv was struck overnight. '.repeat(MAX_ARTICLE_LENGTH / 20).slice(0, MAX_ARTICLE_LENGTH + 1) },
          key,
        );
        // Refused inside the operation, as the source's rules are: 200 with the error.
        expect(answer.status).toBe(200);
        expect(answer.body.data).toBeNull();
        expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
        expect(answer.body.errors?.[0].message).toContain('"input.text"');
        expect(answer.body.errors?.[0].message).toContain(
          `at most ${MAX_ARTICLE_LENGTH} characters, got ${MAX_ARTICLE_LENGTH + 1}`,
        );
      });

      it('a text past the write body limit: 413, before the body is read whole', async () => {
        const answer = await extract({ text: 'Kyiv. '.repeat(WRITE_BODY_LIMIT / 5) }, key);
        expect(answer.status).toBe(413);
        expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'bodySize' });
      });

      it.each([
        ['an id that is no source id', { ...source, id: 'riyadh' }, 'input.source.id', /source:<kebab-case-slug>/],
        [
          'a date the calendar lacks',
          { ...source, publishedOn: '2025-02-30' },
          'input.source.publishedOn',
          /calendar date/,
        ],
        ['an empty title', { ...source, title: '' }, 'input.source.title', /title/],
      ])('a source with %s: the seed rules refuse it as an import would', async (_what, bad, field, reason) => {
        const answer = await extract({ text, source: bad }, key);
        // Refused inside the operation, as every argument's own rule is: 200 with the error (GraphQL over HTTP).
        expect(answer.status).toBe(200);
        expect(answer.body.data).toBeNull();
        expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(answer.body.errors?.[0].message).toContain(`"${field}"`);
        expect(answer.body.errors?.[0].message).toMatch(reason);
      });
    });

    it('is rate-limited as writes are: each draft takes a point of the key, which imports then lack', async () => {
      const key = await freshEditor('rate');
      for (let i = 0; i < WRITE_RATE; i++) expect((await extract({ text }, key)).status).toBe(200);
      const refused = await extract({ text }, key);
      expect(refused.status).toBe(429);
      expect(codes(refused)).toEqual(['RATE_LIMITED']);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      // One budget for drafts and writes alike.
      const importing = await post({ query: IMPORT, variables: { input: followUpInput() } }, key);
      expect(importing.status).toBe(429);
      // Other keys go on.
      expect((await extract({ text }, await freshEditor('rate, other'))).status).toBe(200);
    });

    it('reads the entities and builds the gazetteer once per graph version: requests at once share one, later ones reuse it, a write makes the next one read and build', async () => {
      const key = await freshEditor('gazetteer');
      const bump = async () => {
        const kyiv = (await store.entitiesByIds(['location:kyiv']))[0];
        const updated = await post(
          {
            query: OPERATIONS,
            operationName: 'UpdateEntity',
            variables: {
              input: {
                id: kyiv.id,
                expectedVersion: kyiv.version,
                description: `Capital of Ukraine, v${kyiv.version}`,
              },
            },
          },
          admin,
        );
        expect(updated.body.errors).toBeUndefined();
        return store.graphVersion();
      };
      const before = builds().length;
      const readsBefore = reads().length;
      const first = await bump();
      const answers = await Promise.all([1, 2, 3].map(() => extract({ text }, key)));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      expect((await extract({ text }, key)).status).toBe(200);
      expect(builds().slice(before)).toEqual([
        expect.objectContaining({ graphVersion: first, entities: expect.any(Number) }),
      ]);
      expect(reads().slice(readsBefore)).toEqual([
        expect.objectContaining({ graphVersion: first, entities: builds().at(-1)!.entities }),
      ]);

      const second = await bump();
      expect(second).toBeGreaterThan(first);
      expect((await extract({ text }, await freshEditor('gazetteer, after'))).status).toBe(200);
      // The entities read in this thread, the gazetteer built from them in the one extraction worker.
      expect(
        reads()
          .slice(readsBefore)
          .map((line) => line.graphVersion),
      ).toEqual([first, second]);
      const built = builds().slice(before);
      expect(built.map((line) => line.graphVersion)).toEqual([first, second]);
      expect(new Set(builds().map((line) => line.threadId)).size).toBe(1);
    });
  });
});
