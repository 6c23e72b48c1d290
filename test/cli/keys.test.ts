import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import Sqlite from 'better-sqlite3';
import { runKeysCommand } from '../../src/cli/keys-command';
import { PROJECT_ROOT } from '../../src/paths';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { Role, createKey } from '../helpers/api-keys';
import { forEachEngine } from '../helpers/engines';

const FORGING_NAMES = [
  ['a tab', 'ops\tadmin\tcreated 2020-01-01\tvalid'],
  ['a newline', 'ops\nkey_000000000000\tadmin\tops\tcreated 2020-01-01\tvalid'],
  ['a carriage return', 'ops\rkey_000000000000'],
  ['a bell', 'ops\u0007'],
  ['an escape sequence', 'ops\u001b[2K'],
  ['a right-to-left override', 'ops\u202eniamda'],
  ['a line separator', 'ops\u2028next'],
];

describe('npm run keys', () => {
  forEachEngine((engine) => {
    let store: KyselyGraphStore;
    let printed: string[];
    const keys = (...args: string[]) => runKeysCommand(store, args, (line) => printed.push(line));
    const valid = async (name: string) =>
      (await store.listApiKeys()).filter((k) => k.name === name && k.revokedAt === null);

    beforeEach(async () => {
      store = await engine.open();
      printed = [];
    });
    afterEach(() => store.close());

    it.each(FORGING_NAMES)('refuses a name with %s at create, and stores no key', async (_what, name) => {
      await expect(keys('create', '--role', 'editor', '--name', name)).rejects.toThrow(
        /--name: A key name cannot hold control characters/,
      );
      // The store refuses it too, whoever asks.
      await expect(createKey(store, Role.EDITOR, name)).rejects.toThrow(/cannot hold control characters/);
      expect(await store.listApiKeys()).toEqual([]);
      expect(printed).toEqual([]);
    });

    it('refuses an empty name or one over 100 characters', async () => {
      await expect(keys('create', '--role', 'admin', '--name', '')).rejects.toThrow(/1 to 100 characters long, got 0/);
      await expect(keys('create', '--role', 'admin', '--name', 'x'.repeat(101))).rejects.toThrow(/got 101/);
      expect(await store.listApiKeys()).toEqual([]);
    });

    it('creates a key with a plain name and lists it on one line', async () => {
      await keys('create', '--role', 'editor', '--name', 'ingest bot (staging)');
      expect(printed[1]).toMatch(/^ngk_/);
      printed = [];
      await keys('list');
      expect(printed).toEqual([
        expect.stringMatching(/^key_[0-9a-f]{12}\teditor\tingest bot \(staging\)\tcreated \S+\tvalid$/),
      ]);
    });

    it('revokes by name when exactly one valid key has it', async () => {
      await createKey(store, Role.EDITOR, 'solo');
      const [solo] = await valid('solo');
      await keys('revoke', 'solo');
      expect(printed).toEqual([`revoked ${solo.id} (solo)`]);
      expect(await valid('solo')).toEqual([]);
    });

    it('refuses to revoke a name two valid keys share, naming their ids, and revokes neither; an id then revokes one', async () => {
      await createKey(store, Role.EDITOR, 'shared');
      await createKey(store, Role.ADMIN, 'shared');
      const [first, second] = await valid('shared');
      const refusal = keys('revoke', 'shared');
      await expect(refusal).rejects.toThrow(/^2 valid keys are named "shared"; revoke one by its id: /);
      await expect(refusal).rejects.toThrow(first.id);
      await expect(refusal).rejects.toThrow(second.id);
      expect(await valid('shared')).toHaveLength(2);
      // The store keeps the same rule for any caller.
      expect(await store.revokeApiKey('shared')).toBe(false);
      expect(await valid('shared')).toHaveLength(2);

      await keys('revoke', first.id);
      expect((await valid('shared')).map((k) => k.id)).toEqual([second.id]);
      // One valid key of that name is left (the revoked one no longer counts): the name now revokes it.
      await keys('revoke', 'shared');
      expect(await valid('shared')).toEqual([]);
      expect(printed).toEqual([`revoked ${first.id} (shared)`, `revoked ${second.id} (shared)`]);
    });

    it('revokes the key whose id it is given, not another key named after that id', async () => {
      await createKey(store, Role.EDITOR, 'original');
      const [original] = await valid('original');
      await createKey(store, Role.EDITOR, original.id);
      expect(await store.revokeApiKey(original.id)).toBe(true);
      expect(await valid('original')).toEqual([]);
      expect(await valid(original.id)).toHaveLength(1);
    });

    it('says when no valid key has the id or name', async () => {
      await createKey(store, Role.EDITOR, 'gone');
      await keys('revoke', 'gone');
      await expect(keys('revoke', 'gone')).rejects.toThrow('no valid key has id or name "gone"');
      await expect(keys('revoke', 'never')).rejects.toThrow('no valid key has id or name "never"');
    });
  });

  describe('as a process, on a SQLite file', () => {
    const CLI = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'keys.js');
    let dir: string;
    let env: NodeJS.ProcessEnv;
    beforeAll(() => {
      if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does) first`);
      dir = mkdtempSync(join(tmpdir(), 'keys-cli-'));
      env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'keys.db')}` };
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

    it('exits 1 with the reason on stderr for a forging name, and for a name two keys share', async () => {
      expect(await run('create', '--role', 'editor', '--name', 'ops\nkey_000000000000\tadmin')).toEqual({
        code: 1,
        stdout: '',
        stderr: expect.stringContaining('--name: A key name cannot hold control characters'),
      });
      expect((await run('list')).stdout).toBe('');
      for (let i = 0; i < 2; i++) expect((await run('create', '--role', 'editor', '--name', 'ops')).code).toBe(0);
      const refused = await run('revoke', 'ops');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /^2 valid keys are named "ops"; revoke one by its id: key_[0-9a-f]{12} \(created [^)]+\), key_[0-9a-f]{12} /,
      );
      expect((await run('list')).stdout.match(/\tvalid$/gm)).toHaveLength(2);
    }, 60_000);

    it('lists a name stored before names were checked on one line, its control characters escaped', async () => {
      const db = new Sqlite(join(dir, 'keys.db'));
      db.prepare("update api_keys set name = 'old\tname\nkey_forged'").run();
      db.close();
      const lines = (await run('list')).stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      for (const line of lines)
        expect(line).toMatch(/^key_[0-9a-f]{12}\teditor\told\\u0009name\\u000akey_forged\tcreated \S+\tvalid$/);
    }, 60_000);
  });
});
