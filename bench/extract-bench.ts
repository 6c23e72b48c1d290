import 'reflect-metadata';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EntityType } from '../src/domain/entity-type';
import { knownEntities } from '../src/drafts/known-entities';
import { Gazetteer, extractGraph } from '../src/extract';
import { PROJECT_ROOT } from '../src/paths';
import { loadSeeds } from '../src/seed/load-seed';
import { createSqliteStore } from '../src/store/sqlite/create-sqlite-store';
import { benchArticles } from './extraction/bench-articles';
import { readDevSet } from './extraction/read-dev-set';
import { syntheticKnown } from './extraction/synthetic-known';
import { writeResults } from './results-file';

/**
 * `npm run bench:extract`: the extractor's speed on one core (one process, one article after
 * another) on articles of about 600 words built from the development set's texts, against a
 * gazetteer of 100,000 stored entities (the Kyiv seed's and generated people, organizations and
 * places). The gazetteer is built once, as the service builds it per graph version, and timed
 * on its own; then a warm-up, then articles per second and p50/p99 ms per article.
 * Writes bench/results/extract-speed.json. Target: 20 articles a second or more.
 */
const STORED = 100_000;
const WORDS = 600;
const WARMUP_MS = 3_000;
const MEASURE_MS = 10_000;
const MIN_RUNS = 300;
const TARGET_PER_SECOND = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const loadBefore = loadavg();
  const store = createSqliteStore(':memory:');
  await store.migrate();
  await loadSeeds(store, join(PROJECT_ROOT, 'seed'));
  const seed = await knownEntities(store);
  await store.close();
  const known = syntheticKnown(seed, STORED);
  const counts = Object.fromEntries(
    [EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION].map((t) => [
      t,
      known.filter((k) => k.type === t).length,
    ]),
  );

  const building = performance.now();
  const gazetteer = Gazetteer.of(known);
  const buildMs = performance.now() - building;
  console.log(
    `gazetteer of ${known.length.toLocaleString('en')} stored entities (${seed.length} of the seed; ${Object.entries(
      counts,
    )
      .map(([t, n]) => `${n.toLocaleString('en')} ${t.toLowerCase()}`)
      .join(', ')}) built once in ${buildMs.toFixed(0)} ms`,
  );

  const articles = benchArticles(
    readDevSet().map((a) => a.text),
    WORDS,
  );
  const words = articles.map((a) => a.split(/\s+/).filter((w) => w !== '').length);
  console.log(`${articles.length} articles of ${Math.min(...words)} to ${Math.max(...words)} words`);

  // Warm-up: the JIT compiles the extractor's hot paths before anything is timed.
  for (let i = 0, until = performance.now() + WARMUP_MS; performance.now() < until || i < articles.length; i++) {
    extractGraph({ text: articles[i % articles.length] }, gazetteer);
  }

  const times: number[] = [];
  let drafted = { entities: 0, relations: 0, figures: 0 };
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; times.length < MIN_RUNS || performance.now() - started < MEASURE_MS; i++) {
    const t = performance.now();
    const { graph } = extractGraph({ text: articles[i % articles.length] }, gazetteer);
    times.push(performance.now() - t);
    if (i < articles.length) {
      drafted = {
        entities: drafted.entities + graph.entities.length,
        relations: drafted.relations + graph.relations.length,
        figures: drafted.figures + graph.figures.length,
      };
    }
  }
  const cpu = process.cpuUsage(cpuStarted);
  const totalMs = times.reduce((a, b) => a + b, 0);
  const sorted = [...times].sort((a, b) => a - b);
  const perSecond = times.length / (totalMs / 1000);
  const stats = {
    runs: times.length,
    articlesPerSecond: Math.round(perSecond * 10) / 10,
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[sorted.length - 1]),
    cpuMsPerArticle: round((cpu.user + cpu.system) / 1000 / times.length),
  };
  console.log(
    `${stats.runs} drafts: ${stats.articlesPerSecond} articles/s (target >= ${TARGET_PER_SECOND}: ${perSecond >= TARGET_PER_SECOND ? 'met' : 'NOT MET'}), p50 ${stats.p50Ms} ms, p99 ${stats.p99Ms} ms, max ${stats.maxMs} ms, CPU ${stats.cpuMsPerArticle} ms an article`,
  );
  const per = (n: number) => Math.round((n / articles.length) * 10) / 10;
  console.log(
    `a draft holds on average ${per(drafted.entities)} entities, ${per(drafted.relations)} relations, ${per(drafted.figures)} figures`,
  );
  console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);

  writeResults(
    'extract-speed.json',
    { command: 'npm run bench:extract', process: 'one process, one article after another' },
    loadBefore,
    {
      gazetteer: { storedEntities: known.length, byType: counts, buildMs: Math.round(buildMs) },
      articles: { count: articles.length, wordsMin: Math.min(...words), wordsMax: Math.max(...words) },
      warmupMs: WARMUP_MS,
      ...stats,
      targetArticlesPerSecond: TARGET_PER_SECOND,
      targetMet: perSecond >= TARGET_PER_SECOND,
      averageDraft: {
        entities: per(drafted.entities),
        relations: per(drafted.relations),
        figures: per(drafted.figures),
      },
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    },
  );
}

const round = (x: number) => Math.round(x * 100) / 100;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
