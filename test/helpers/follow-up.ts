import { join } from 'node:path';
import { readSeedFiles } from '../../src/seed/load-seed';

/** A second article on the Riyadh talks whose graph links to entities of the seed article. */
export const FOLLOW_UP_DIR = join(__dirname, '..', 'fixtures', 'riyadh-follow-up');

export interface SeedGraphJson {
  entities: Record<string, unknown>[];
  positions: Record<string, unknown>[];
  relations: { subject: string; predicate: string; object: string; evidence: { quote: string; within?: string }[] }[];
  figures: Record<string, unknown>[];
}

/** The follow-up as `importSource`'s input: a fresh copy each call, to alter freely. */
export function followUpInput(): { source: Record<string, unknown>; text: string; graph: SeedGraphJson } {
  const { source, text, graph } = readSeedFiles(FOLLOW_UP_DIR);
  return structuredClone({ source: source as Record<string, unknown>, text, graph: graph as SeedGraphJson });
}
