import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths';
import { splitSentences } from '../src/text/sentences';
import { writeResults } from './results-file';

/**
 * `npm run bench:sentences`: the sentence splitter's time per megabyte of text, from 10 KB to
 * 8 MB (doubling), on three kinds of text: short sentences on one line (the text that blocked
 * the service for 15 s at 180 KB), the seed article repeated (news prose, a line per
 * paragraph), and long lines thick with abbreviations and initialisms. Each figure is the
 * median CPU time of several runs in one process after a warm-up; a linear splitter keeps ms/MB flat
 * as the text grows. Writes bench/results/sentences.json.
 */
const SIZES = [10, 20, 40, 80, 160, 320, 640, 1_280, 2_560, 5_120, 8_192].map((kb) => kb * 1_024);
/** Runs per size: more for small texts, whose single runs are noisy. */
const runsFor = (bytes: number) => (bytes <= 640 * 1_024 ? 21 : 7);

const article = readFileSync(join(PROJECT_ROOT, 'seed', 'kyiv-drone-strikes', 'article.txt'), 'utf8');
const KINDS: Record<string, string> = {
  'short sentences, one line': 'The strike hit Kyiv. Sirens sounded! Who fired? ',
  'the seed article': article + '\n',
  'abbreviations and initialisms':
    'Dr. J. Smith of the U.S. Dept. met Gen. A. B. Doe at St. Mary’s on Jan. 5 vs. No. 3 of the U.N. in Kyiv. They spoke again! ',
};

/** `unit` repeated to `bytes` characters (all of these texts are one byte a character but the quotes). */
function textOf(unit: string, bytes: number): string {
  // Flattened (a repeat is one string already; the slice keeps it so), so no run pays for flattening a rope.
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Row {
  kind: string;
  bytes: number;
  runs: number;
  sentences: number;
  medianMs: number;
  msPerMb: number;
}

function main() {
  const rows: Row[] = [];
  const loadBefore = loadavg();
  for (const [kind, unit] of Object.entries(KINDS)) {
    for (let i = 0; i < 20; i++) splitSentences(textOf(unit, 256 * 1_024)); // warm-up: the JIT
    for (const bytes of SIZES) {
      const text = textOf(unit, bytes);
      const times: number[] = [];
      let sentences = 0;
      for (let run = 0; run < runsFor(bytes); run++) {
        // CPU time, not wall time: on a shared machine other processes' turns are not the splitter's.
        const started = process.cpuUsage();
        sentences = splitSentences(text).length;
        const used = process.cpuUsage(started);
        times.push((used.user + used.system) / 1_000);
      }
      const medianMs = median(times);
      const row = {
        kind,
        bytes,
        runs: times.length,
        sentences,
        medianMs: round(medianMs, 3),
        msPerMb: round(medianMs / (bytes / 1_048_576), 2),
      };
      rows.push(row);
      console.log(
        `${kind}: ${(bytes / 1_024).toLocaleString('en')} KB, ${sentences.toLocaleString('en')} sentences, median ${row.medianMs} ms, ${row.msPerMb} ms/MB`,
      );
    }
  }
  const growth = Object.keys(KINDS).map((kind) => {
    const own = rows.filter((r) => r.kind === kind);
    // From 80 KB on: below it a run is tens of microseconds and the clock's and the JIT's noise is most of it.
    const steady = own.filter((r) => r.bytes >= 80 * 1_024).map((r) => r.msPerMb);
    return {
      kind,
      msPerMbAt10Kb: own[0].msPerMb,
      msPerMbAt8Mb: own[own.length - 1].msPerMb,
      steadyMaxOverMin: round(Math.max(...steady) / Math.min(...steady), 2),
    };
  });
  writeResults('sentences.json', { command: 'npm run bench:sentences', node: process.version }, loadBefore, {
    growth,
    rows,
  });
  console.log('\n| text | ms/MB at 10 KB | ms/MB at 8 MB | max/min ms/MB, 80 KB to 8 MB |\n| --- | --- | --- | --- |');
  for (const g of growth) console.log(`| ${g.kind} | ${g.msPerMbAt10Kb} | ${g.msPerMbAt8Mb} | ${g.steadyMaxOverMin} |`);
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

main();
