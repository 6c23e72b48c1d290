import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntityType } from '../../../../src/domain/entity-type';
import { Gazetteer, type KnownEntity } from '../../../../src/extract';
import { PROJECT_ROOT } from '../../../../src/paths';

const NAMED = new Set<string>([EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION]);

/**
 * The Kyiv seed's people, bodies and places as `knownEntities` gives them from a seeded store,
 * read from graph.json: the stored graph the extractor links to, without a database.
 */
export function seedKnown(): KnownEntity[] {
  const graph = JSON.parse(readFileSync(join(PROJECT_ROOT, 'seed', 'kyiv-drone-strikes', 'graph.json'), 'utf8'));
  return graph.entities
    .filter((e: any) => NAMED.has(e.type))
    .map((e: any): KnownEntity => {
      const base = { id: e.id, type: e.type, name: e.name, aliases: e.aliases };
      if (e.type === EntityType.PERSON) return { ...base, anonymous: e.anonymous };
      return { ...base, kind: e.kind };
    });
}

/** Built once per test file, as the service builds one per graph version. */
let seed: Gazetteer | undefined;
export function seedGazetteer(): Gazetteer {
  seed ??= Gazetteer.of(seedKnown());
  return seed;
}
