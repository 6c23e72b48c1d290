import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { knownEntities } from '../../src/drafts/known-entities';
import { Gazetteer, type Extraction, extractGraph } from '../../src/extract';
import { PROJECT_ROOT } from '../../src/paths';
import { loadSeeds } from '../../src/seed/load-seed';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store';
import { FOLLOW_UP_DIR } from '../helpers/follow-up';
import { SEED_DIR } from '../helpers/seeded-store';

const CLI = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'extract.js');
const ARTICLE = join(FOLLOW_UP_DIR, 'article.txt');

/** `npm run extract` as a process, on a SQLite file holding the seeds: what it prints is what the extractor drafts against that graph. */
describe('npm run extract', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let expected: Extraction;
  let version: number;

  const openStore = () => createSqliteStore(join(dir, 'graph.db'));

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does) first`);
    dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
    env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'graph.db')}` };
    const store = openStore();
    await store.migrate();
    await loadSeeds(store, SEED_DIR);
    expected = extractGraph({ text: readFileSync(ARTICLE, 'utf8') }, Gazetteer.of(await knownEntities(store)));
    version = await store.graphVersion();
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the built CLI; its exit code, stdout and stderr. */
  const run = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  const stderrOf = (extraction: Extraction) =>
    [`linked: ${extraction.linked.join(', ') || 'none'}`, ...extraction.warnings.map((w) => `warning: ${w}`)].join(
      '\n',
    ) + '\n';

  it('prints the draft on stdout, and what it links to and its warnings on stderr', async () => {
    const { code, stdout, stderr } = await run(ARTICLE);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expected.graph);
    expect(stderr).toBe(stderrOf(expected));
  }, 60_000);

  it('writes the draft to --out instead, and stores nothing', async () => {
    const out = join(dir, 'draft.json');
    const { code, stdout, stderr } = await run(ARTICLE, '--out', out);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(expected.graph);
    expect(stderr).toBe(stderrOf(expected));
    const store = openStore();
    expect(await store.graphVersion()).toBe(version);
    await store.close();
  }, 60_000);

  it.each([
    ['no article', [], /^usage: npm run extract -- article\.txt \[--out graph\.json\]$/m],
    ['two articles', [ARTICLE, ARTICLE], /^usage: /m],
    ['an unknown option', [ARTICLE, '--bogus'], /Unknown option '--bogus'[\s\S]*^usage: /m],
    ['--out without a path', [ARTICLE, '--out'], /--out[\s\S]*^usage: /m],
    ['a file that is not there', ['/nonexistent/article.txt'], /^cannot read \/nonexistent\/article\.txt: ENOENT$/m],
    ['a directory', [FOLLOW_UP_DIR], /^cannot read .*riyadh-follow-up: EISDIR$/m],
  ])(
    'exits 1 with the reason on stderr for %s',
    async (_what, args, reason) => {
      const { code, stdout, stderr } = await run(...args);
      expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
      expect(stderr).toMatch(reason);
    },
    60_000,
  );

  it('says so when the database holds nothing to link to, and still drafts', async () => {
    const bare = { ...env, DATABASE_URL: `sqlite:${join(dir, 'empty.db')}` };
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ARTICLE], { env: bare });
    expect(stderr).toMatch(/^the database holds no people, organizations or places, so nothing can be linked/m);
    expect(stderr).toMatch(/^linked: none$/m);
    expect(JSON.parse(stdout)).toHaveProperty('entities');
  }, 60_000);
});
