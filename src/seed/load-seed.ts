import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { type ValidationError, validateSync } from 'class-validator';
import type { GraphStore } from '../store/graph-store';
import type { SourceGraph } from '../store/records';
import { buildSourceGraph } from './build-source-graph';
import { SeedError } from './seed-error';
import { SeedGraphFile, SeedSource } from './seed-file';

/** Files of one seed folder: `article.txt` (verbatim), `source.json`, `graph.json`. */
export const SEED_FILES = { text: 'article.txt', source: 'source.json', graph: 'graph.json' } as const;

/** Reads and checks one seed folder; throws a SeedError naming the file and the item. */
export function readSeed(folder: string): SourceGraph {
  const text = readFileSync(join(folder, SEED_FILES.text), 'utf8');
  const source = parse(SeedSource, join(folder, SEED_FILES.source));
  const graph = parse(SeedGraphFile, join(folder, SEED_FILES.graph));
  try {
    return buildSourceGraph(source, text, graph);
  } catch (error) {
    if (error instanceof SeedError) throw new SeedError(`${join(folder, SEED_FILES.graph)}: ${error.message}`);
    throw error;
  }
}

/** Every seed folder under `dir`, in name order. */
export function seedFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, SEED_FILES.graph)))
    .map((d) => join(dir, d.name))
    .sort();
}

export interface SeedReport {
  loaded: string[];
  skipped: string[];
}

/**
 * Loads every seed under `dir` whose source the store does not hold yet. All seeds are read
 * and checked before anything is written, so a bad seed leaves the database untouched.
 */
export async function loadSeeds(store: GraphStore, dir: string): Promise<SeedReport> {
  const graphs = seedFolders(dir).map(readSeed);
  const report: SeedReport = { loaded: [], skipped: [] };
  for (const graph of graphs) {
    const saved = await store.saveSourceGraph(graph);
    (saved ? report.loaded : report.skipped).push(graph.source.id);
  }
  return report;
}

function parse<T extends object>(cls: new () => T, file: string): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SeedError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new SeedError(`${file}: expected a JSON object`);
  const instance = plainToInstance(cls, json);
  const errors = validateSync(instance, { forbidUnknownValues: true });
  if (errors.length > 0) {
    const first = describe(errors, instance)[0];
    throw new SeedError(`${file}: ${first}`);
  }
  return instance;
}

/** "entities[3] (person:x).mentions[0].quote: quote must be a string". */
function describe(errors: ValidationError[], root: object, path = ''): string[] {
  return errors.flatMap((e) => {
    const here = /^\d+$/.test(e.property) ? `${path}[${e.property}]${idOf(e.value)}` : path ? `${path}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((c) => `${here}: ${c}`);
    return [...own, ...describe(e.children ?? [], root, here)];
  });
}

function idOf(value: unknown): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? ` (${id})` : '';
}
