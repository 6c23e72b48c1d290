import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { belowTarget, draftImport, labelProblems, scoreDraft, sumScores } from '../../bench/extraction';
import { readDevSet } from '../../bench/extraction/read-dev-set';
import { knownEntities } from '../../src/drafts/known-entities';
import { type Extraction, Gazetteer, type KnownEntity, extractGraph } from '../../src/extract';
import { importSource } from '../../src/seed/import-source';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { forEachEngine } from '../helpers/engines';
import { seededStore } from '../helpers/seeded-store';

/**
 * The extractor on the labeled development set (test/fixtures/extraction/, the format in its
 * LABELS.md), against the Kyiv seed: every draft imports as it is, and the scores summed over
 * the set meet issue 17's targets. The thresholds are the issue's: this fails, naming what is
 * below target, until the extractor is good enough. `npm run eval:extract` shows why.
 */
const ARTICLES = readDevSet();
const AUTHOR = { keyId: null, name: 'extraction dev set' };

forEachEngine((engine) => {
  describe('the extraction development set', () => {
    let store: KyselyGraphStore;
    let known: KnownEntity[];
    const drafts = new Map<string, Extraction>();
    beforeAll(async () => {
      store = await seededStore(engine);
      known = await knownEntities(store);
      const gazetteer = Gazetteer.of(known);
      for (const article of ARTICLES) drafts.set(article.id, extractGraph({ text: article.text }, gazetteer));
    });
    afterAll(() => store?.close());

    it('holds labeled articles whose labels agree with their texts and the store', () => {
      expect(ARTICLES.length).toBeGreaterThanOrEqual(3);
      expect(ARTICLES.flatMap((a) => labelProblems(a.labels, a.text, known).map((p) => `${a.id}: ${p}`))).toEqual([]);
    });

    it.each(ARTICLES.map((a) => [a.id, a] as const))('imports the draft of %s as it is', async (id, article) => {
      // A store of its own: each draft is judged alone against the seed, as an editor would import it.
      const target = await seededStore(engine);
      try {
        const result = await importSource(target, draftImport(article, drafts.get(id)!.graph), AUTHOR);
        expect(result.problems).toEqual([]);
        expect(result).toMatchObject({ sourceId: `source:${id}`, stored: true });
      } finally {
        await target.close();
      }
    });

    it("meets issue 17's targets, micro-averaged over the set", () => {
      const scores = ARTICLES.map((a) => ({ id: a.id, score: scoreDraft(a.labels, a.text, drafts.get(a.id)!, known) }));
      expect(belowTarget(sumScores(scores))).toEqual([]);
    });
  });
});
