import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { EntityType } from '../../src/domain/entity-type';
import { SeedError } from '../../src/seed/seed-error';
import { loadSeeds, readSeed } from '../../src/seed/load-seed';
import { forEachEngine } from '../helpers/engines';
import { SEED_DIR } from '../helpers/seeded-store';
import { entityOf, tempSeed } from '../helpers/temp-seed';

const refusal = (edit: Parameters<typeof tempSeed>[0]): string => {
  const { folder } = tempSeed(edit);
  try {
    readSeed(folder);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    return (error as Error).message;
  }
  throw new Error('the seed was accepted');
};

describe('readSeed', () => {
  it('reads the article seed into records with every quote located', () => {
    const folder = join(SEED_DIR, 'kyiv-drone-strikes');
    const raw = JSON.parse(readFileSync(join(folder, 'graph.json'), 'utf8'));
    const graph = readSeed(folder);
    expect(graph.entities).toHaveLength(raw.entities.length);
    expect(graph.figures).toHaveLength(raw.figures.length);
    const positionsWithOf = raw.positions.filter((p: { of: string | null }) => p.of !== null).length;
    expect(graph.relations).toHaveLength(raw.relations.length + positionsWithOf);
    for (const e of graph.evidence) expect(graph.source.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('refuses a quote that is not in the text, naming the item and the quote', () => {
    const message = refusal((g) => {
      entityOf(g, 'person:vitali-klitschko').mentions[0] = { quote: 'Mayor Vitaly Klichko' };
    });
    expect(message).toContain('(person:vitali-klitschko).mentions[0]');
    expect(message).toContain('quote "Mayor Vitaly Klichko" does not occur in the text');
  });

  it('refuses an ambiguous quote and says how to pin it', () => {
    const message = refusal((g) => {
      entityOf(g, 'location:kyiv').mentions[0] = { quote: 'Kyiv' };
    });
    expect(message).toMatch(/\(location:kyiv\)\.mentions\[0\]: quote "Kyiv" is ambiguous.*"within"/);
  });

  it('refuses a reference to an entity that does not exist', () => {
    const message = refusal((g) => {
      g.relations[0].object = 'organization:nobody';
    });
    expect(message).toMatch(/relations\[0\] .*\.object: no entity has id "organization:nobody"/);
  });

  it('refuses a relation between types its predicate does not join', () => {
    const message = refusal((g) => {
      g.relations.push({
        subject: 'location:kyiv',
        predicate: 'LEADS',
        object: 'organization:russian-delegation',
        evidence: [{ quote: 'Leading the Russian delegation' }],
      });
    });
    expect(message).toContain('"location:kyiv" is a LOCATION, expected PERSON');
  });

  it('refuses a malformed shape with the path of the bad field', () => {
    const message = refusal((g) => {
      entityOf(g, 'person:putin').name = 42;
    });
    expect(message).toMatch(/graph\.json: entities\[\d+\] \(person:putin\)\.name: name must be a string/);
  });

  it('refuses a field that does not belong to the type', () => {
    const message = refusal((g) => {
      entityOf(g, 'person:putin').weapon = 'DRONE';
    });
    expect(message).toContain('(person:putin): field "weapon" does not belong to a PERSON');
  });

  it('refuses an alias that is not words of the source', () => {
    const message = refusal((g) => {
      entityOf(g, 'person:putin').aliases = ['Vladimir Putin'];
    });
    expect(message).toContain('(person:putin).aliases[0] "Vladimir Putin" is not words of the source');
  });

  it('refuses a statement without a speaker', () => {
    const message = refusal((g) => {
      g.relations = g.relations.filter(
        (r: { predicate: string; object: string }) => !(r.predicate === 'SAID' && r.object === 'statement:karasin-hope-for-progress'),
      );
    });
    expect(message).toContain('statement:karasin-hope-for-progress: a statement needs exactly one SAID');
  });
});

forEachEngine((engine) => {
  describe('loadSeeds', () => {
    it('writes nothing when a seed is refused', async () => {
      const { root } = tempSeed((g) => {
        g.figures[0].evidence = [{ quote: 'no such words' }];
      });
      const store = await engine.open();
      await expect(loadSeeds(store, root)).rejects.toThrow(/figures\[0\].*"no such words" does not occur/);
      expect(await store.listSources()).toEqual([]);
      await store.close();
    });

    it('loads a seed once: the second time changes nothing', async () => {
      const store = await engine.open();
      expect(await loadSeeds(store, SEED_DIR)).toEqual({ loaded: ['source:aljazeera-kyiv-drone-strikes'], skipped: [] });
      const before = await store.listEntities({ type: EntityType.PERSON, first: 100 });
      expect(await loadSeeds(store, SEED_DIR)).toEqual({ loaded: [], skipped: ['source:aljazeera-kyiv-drone-strikes'] });
      expect(await store.listEntities({ type: EntityType.PERSON, first: 100 })).toEqual(before);
      await store.close();
    });
  });
});
