import { parseArgs } from 'node:util';
import { generateApiKey, generateKeyId, hashApiKey } from '../auth/api-key';
import { keyNameProblem, printableKeyName } from '../domain/key-name';
import { Role } from '../domain/role';
import type { GraphStore } from '../store/graph-store';

export const USAGE = `usage: npm run keys -- create --role editor|admin [--name NAME]
       npm run keys -- list
       npm run keys -- revoke <id or name>`;

export type KeysCommand =
  { command: 'create'; role: Role; name?: string } | { command: 'list' } | { command: 'revoke'; target: string };

/** The command line, read before any database is opened: a mistake in it is reported without touching one. */
export function parseKeysCommand(args: string[]): KeysCommand {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' } },
  });
  const [command, target] = positionals;
  if (command === 'list') return { command };
  if (command === 'revoke') {
    if (!target) throw new Error(USAGE);
    return { command, target };
  }
  if (command !== 'create') throw new Error(USAGE);
  const role = values.role?.toUpperCase();
  if (role !== Role.EDITOR && role !== Role.ADMIN) throw new Error(`--role must be editor or admin\n${USAGE}`);
  const problem = values.name === undefined ? undefined : keyNameProblem(values.name);
  if (problem) throw new Error(`--name: ${problem}`);
  return { command, role, name: values.name };
}

/**
 * `npm run keys`, given its store and where its lines go. `create` prints the new key alone
 * on its last line: the only time it is shown, since only its hash is stored. `list` prints
 * one key a line, tab-separated. `revoke` takes an id, or a name only one valid key has.
 */
export async function runKeysCommand(store: GraphStore, args: string[], print: (line: string) => void): Promise<void> {
  const parsed = parseKeysCommand(args);
  if (parsed.command === 'create') {
    const key = generateApiKey();
    const id = generateKeyId();
    const name = parsed.name ?? id;
    await store.createApiKey(
      { id, name, role: parsed.role, createdAt: new Date().toISOString(), revokedAt: null },
      hashApiKey(key),
    );
    print(`created ${parsed.role.toLowerCase()} key ${id} (${name}); it is shown once, here:`);
    print(key);
  } else if (parsed.command === 'list') {
    for (const k of await store.listApiKeys()) {
      const state = k.revokedAt ? `revoked ${k.revokedAt}` : 'valid';
      print([k.id, k.role.toLowerCase(), printableKeyName(k.name), `created ${k.createdAt}`, state].join('\t'));
    }
  } else {
    const { target } = parsed;
    const valid = (await store.listApiKeys()).filter((k) => k.revokedAt === null);
    const named = valid.filter((k) => k.name === target);
    const chosen = valid.find((k) => k.id === target) ?? (named.length === 1 ? named[0] : undefined);
    if (!chosen && named.length > 1) {
      const ids = named.map((k) => `${k.id} (created ${k.createdAt})`).join(', ');
      throw new Error(
        `${named.length} valid keys are named "${printableKeyName(target)}"; revoke one by its id: ${ids}`,
      );
    }
    if (!chosen || !(await store.revokeApiKey(chosen.id)))
      throw new Error(`no valid key has id or name "${printableKeyName(target)}"`);
    print(`revoked ${chosen.id} (${printableKeyName(chosen.name)})`);
  }
}
