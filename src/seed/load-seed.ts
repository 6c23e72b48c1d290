import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphStore } from '../store/graph-store';
import type { SourceGraph } from '../store/records';
import { SYSTEM_AUTHOR, type WriteAuthor } from '../store/write-records';
import { buildSourceGraph } from './build-source-graph';
import { SeedError } from './seed-error';
import { type ImportRequest, importSource } from './import-source';
import { SeedGraphFile, SeedSource } from './seed-file';
import { validateSeedJson } from './validate-seed-json';

/** Files of one seed folder: `article.txt` (verbatim), `source.json`, `graph.json`. */
export const SEED_FILES = { text: 'article.txt', source: 'source.json', graph: 'graph.json' } as const;

/** Reads and checks one seed folder on its own (no stored entities to link to); throws a SeedError naming the file and the item. */
export function readSeed(folder: string): SourceGraph {
  const request = readSeedFiles(folder);
  const source = validateSeedJson(SeedSource, request.source);
  const graph = validateSeedJson(SeedGraphFile, request.graph);
  const first = [...source.problems, ...graph.problems][0];
  if (first) throw new SeedError(`${join(folder, first.field[0] === 'source' ? SEED_FILES.source : SEED_FILES.graph)}: ${first.message}`);
  try {
    return buildSourceGraph(source.value, request.text, graph.value);
  } catch (error) {
    if (error instanceof SeedError) throw new SeedError(`${join(folder, SEED_FILES.graph)}: ${error.message}`);
    throw error;
  }
}

/** The three files of a seed folder, parsed: what `importSource` takes. */
export function readSeedFiles(folder: string): ImportRequest {
  return {
    text: readFileSync(join(folder, SEED_FILES.text), 'utf8'),
    source: parseJson(join(folder, SEED_FILES.source)),
    graph: parseJson(join(folder, SEED_FILES.graph)),
  };
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
 * Loads every seed under `dir` whose source the store does not hold yet, in name order,
 * through `importSource`, the path imports over the API take: a later seed may link to
 * entities of an earlier one. Each seed is stored whole or not at all; a refused one stops
 * the load with a SeedError naming the file, the item and the problem.
 */
export async function loadSeeds(store: GraphStore, dir: string, author: WriteAuthor = SYSTEM_AUTHOR): Promise<SeedReport> {
  const requests = seedFolders(dir).map((folder) => ({ folder, request: readSeedFiles(folder) }));
  const report: SeedReport = { loaded: [], skipped: [] };
  for (const { folder, request } of requests) {
    const result = await importSource(store, request, author);
    const first = result.problems[0];
    if (first) {
      const file = first.field[0] === 'source' ? SEED_FILES.source : SEED_FILES.graph;
      throw new SeedError(`${join(folder, file)}: ${first.message}`, { code: first.code, path: first.field });
    }
    (result.stored ? report.loaded : report.skipped).push(result.sourceId ?? folder);
  }
  return report;
}

function parseJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SeedError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}
