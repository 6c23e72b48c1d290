import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths';

/**
 * Writes a benchmark's figures to `bench/results/<name>`: what it ran (`about`, the command
 * first), the machine and its load before and after, the moment, then the figures themselves.
 */
export function writeResults(
  name: string,
  about: { command: string } & Record<string, unknown>,
  loadBefore: number[],
  figures: Record<string, unknown>,
): void {
  const out = join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadavg(),
    date: new Date().toISOString(),
  };
  writeFileSync(join(out, name), JSON.stringify({ ...about, ...machine, ...figures }, null, 2) + '\n');
}
