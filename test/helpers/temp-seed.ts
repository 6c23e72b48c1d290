import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_DIR } from './seeded-store';

// Seeds are edited as raw JSON: tests reach into any shape, good or deliberately broken.
type Json = any;

/**
 * A copy of the article's seed in a temporary seed root, with `edit` applied to its graph.json.
 * Returns the root (holding one seed folder) and the folder.
 */
export function tempSeed(edit: (graph: Json) => void = () => {}): { root: string; folder: string } {
  const root = mkdtempSync(join(tmpdir(), 'seed-'));
  const folder = join(root, 'kyiv-drone-strikes');
  cpSync(join(SEED_DIR, 'kyiv-drone-strikes'), folder, { recursive: true });
  const file = join(folder, 'graph.json');
  const graph = JSON.parse(readFileSync(file, 'utf8'));
  edit(graph);
  writeFileSync(file, JSON.stringify(graph));
  return { root, folder };
}

export function entityOf(graph: Json, id: string): Json {
  const entity = graph.entities.find((e: Json) => e.id === id);
  if (!entity) throw new Error(`the seed has no ${id}`);
  return entity;
}
