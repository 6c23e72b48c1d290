import 'reflect-metadata';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { knownEntities } from '../src/drafts/known-entities';
import { Gazetteer, extractGraph } from '../src/extract';
import { PROJECT_ROOT } from '../src/paths';
import { importSource } from '../src/seed/import-source';
import { loadSeeds } from '../src/seed/load-seed';
import type { GraphStore } from '../src/store/graph-store';
import { createSqliteStore } from '../src/store/sqlite/create-sqlite-store';
import type { WriteProblem } from '../src/store/write-records';
import {
  type ArticleScore,
  CATEGORIES,
  type Category,
  SHARES,
  type Share,
  TARGETS,
  belowTarget,
  draftImport,
  labelProblems,
  scoreDraft,
  sumScores,
  targetValue,
} from './extraction';
import { scoreItems, scoreTable } from './extraction/format-score';
import { NAMED_TYPES } from './extraction/labels';
import { DEV_SET_DIR, readDevSet } from './extraction/read-dev-set';
import { writeResults } from './results-file';

/**
 * `npm run eval:extract [-- --article ID] [--verbose] [--dir FOLDER]`: drafts every labeled
 * article of the development set (test/fixtures/extraction/) against the Kyiv seed in an
 * in-memory SQLite store, the gazetteer built once; scores each draft by LABELS.md and imports
 * it as it is into a fresh seeded store, reporting what the import refuses. Prints a table per
 * article and overall (micro-averaged) with the issue's targets, and what was missed and extra.
 * A full run of the set writes bench/results/extract.json; one article or another folder does not.
 */
const AUTHOR = { keyId: null, name: 'eval:extract' };

async function seededStore(): Promise<GraphStore> {
  const store = createSqliteStore(':memory:');
  await store.migrate();
  await loadSeeds(store, join(PROJECT_ROOT, 'seed'));
  return store;
}

interface ArticleRun {
  id: string;
  draftMs: number;
  score: ArticleScore;
  importProblems: WriteProblem[];
  labelProblems: string[];
  warnings: string[];
}

async function main() {
  const args = process.argv.slice(2);
  const { values } = parseArgs({
    args,
    options: { article: { type: 'string' }, verbose: { type: 'boolean', default: false }, dir: { type: 'string' } },
  });
  const loadBefore = loadavg();
  const dir = values.dir ?? DEV_SET_DIR;
  const articles = readDevSet(dir).filter((a) => values.article === undefined || a.id === values.article);
  if (articles.length === 0)
    throw new Error(values.article ? `no article ${values.article} in ${dir}` : `no labeled articles in ${dir}`);

  const store = await seededStore();
  const known = await knownEntities(store);
  await store.close();
  const building = performance.now();
  const gazetteer = Gazetteer.of(known);
  const gazetteerMs = performance.now() - building;
  console.log(
    `${articles.length} article(s) from ${dir}; gazetteer of ${known.length} stored entities built in ${gazetteerMs.toFixed(1)} ms\n`,
  );

  const runs: ArticleRun[] = [];
  for (const article of articles) {
    const started = performance.now();
    const extraction = extractGraph({ text: article.text }, gazetteer);
    const draftMs = performance.now() - started;
    const score = scoreDraft(article.labels, article.text, extraction, known);
    const target = await seededStore();
    const imported = await importSource(target, draftImport(article, extraction.graph), AUTHOR).finally(() =>
      target.close(),
    );
    const run = {
      id: article.id,
      draftMs,
      score,
      importProblems: imported.problems,
      labelProblems: labelProblems(article.labels, article.text, known),
      warnings: extraction.warnings,
    };
    runs.push(run);
    printArticle(run, values.verbose);
  }

  const overall = sumScores(runs.map((r) => ({ id: r.id, score: r.score })));
  console.log(`== overall, ${runs.length} article(s), micro-averaged ==`);
  for (const line of scoreTable(overall, true)) console.log(line);
  const missed = belowTarget(overall);
  const refused = runs.filter((r) => r.importProblems.length > 0).map((r) => r.id);
  console.log(missed.length === 0 ? '\nevery target met' : `\nbelow target: ${missed.join('; ')}`);
  console.log(refused.length === 0 ? 'every draft imports' : `drafts the import refuses: ${refused.join(', ')}`);

  if (values.article !== undefined || values.dir !== undefined) {
    console.log('(one article or another folder: bench/results/extract.json is left as it was)');
    return;
  }
  writeResults(
    'extract.json',
    { command: `npm run eval:extract${args.length ? ` -- ${args.join(' ')}` : ''}`, articles: runs.length },
    loadBefore,
    {
      gazetteer: { storedEntities: known.length, buildMs: round(gazetteerMs) },
      targets: TARGETS.map((t) => ({
        name: t.name,
        min: t.min,
        value: round(targetValue(t, overall)),
        met: targetValue(t, overall) >= t.min,
      })),
      overall: compact(overall),
      perArticle: runs.map((r) => ({
        id: r.id,
        draftMs: round(r.draftMs),
        importProblems: r.importProblems.map((p) => `${p.code} ${p.field.join('.')}: ${p.message}`),
        labelProblems: r.labelProblems,
        warnings: r.warnings,
        score: compact(r.score, true),
      })),
    },
  );
}

function printArticle(run: ArticleRun, verbose: boolean): void {
  console.log(`== ${run.id} (drafted in ${run.draftMs.toFixed(1)} ms) ==`);
  for (const line of scoreTable(run.score, false)) console.log(line);
  for (const line of scoreItems(run.score, verbose)) console.log(line);
  if (run.importProblems.length > 0) {
    console.log('  the import refuses the draft:');
    for (const p of run.importProblems) console.log(`    ${p.code} ${p.field.join('.')}: ${p.message}`);
  } else console.log('  the draft imports as it is');
  for (const p of run.labelProblems) console.log(`  LABELS: ${p}`);
  if (verbose) for (const w of run.warnings) console.log(`  warning: ${w}`);
  console.log('');
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The score for the results file: counts and ratios, and (per article) what was missed and extra. */
function compact(score: ArticleScore, items = false) {
  const category = (c: Category) => ({
    ...{ tp: c.tp, fp: c.fp, fn: c.fn, precision: round(c.precision), recall: round(c.recall), f1: round(c.f1) },
    ...(items ? { missed: c.missed, extra: c.extra } : {}),
  });
  const share = (s: Share) => ({
    right: s.right,
    total: s.total,
    share: round(s.share),
    ...(items ? { wrong: s.wrong } : {}),
  });
  return {
    ...Object.fromEntries(CATEGORIES.map((name) => [name, category(score[name])])),
    entitiesByType: Object.fromEntries(NAMED_TYPES.map((t) => [t, category(score.entitiesByType[t])])),
    ...Object.fromEntries(SHARES.map((name) => [name, share(score[name])])),
    dangling: score.dangling,
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
