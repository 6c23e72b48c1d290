import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { generateApiKey, generateKeyId, hashApiKey } from '../auth/api-key';
import { loadConfig } from '../config';
import { Role } from '../domain/role';
import { openStore } from '../store/open-store';

const USAGE = `usage: npm run keys -- create --role editor|admin [--name NAME]
       npm run keys -- list
       npm run keys -- revoke <id or name>`;

/**
 * `npm run keys`: API keys on the database DATABASE_URL names, as the service uses it. `create`
 * prints the new key alone on its last line: the only time it is shown, since only its hash
 * is stored.
 */
async function main() {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' } },
  });
  const [command, target] = positionals;
  if (command !== 'create' && command !== 'list' && command !== 'revoke') throw new Error(USAGE);
  const config = loadConfig();
  const store = await openStore(config.database, config.postgres);
  try {
    if (command === 'create') {
      const role = values.role?.toUpperCase();
      if (role !== Role.EDITOR && role !== Role.ADMIN) throw new Error(`--role must be editor or admin\n${USAGE}`);
      const key = generateApiKey();
      const id = generateKeyId();
      const name = values.name ?? id;
      await store.createApiKey({ id, name, role, createdAt: new Date().toISOString(), revokedAt: null }, hashApiKey(key));
      console.log(`created ${role.toLowerCase()} key ${id} (${name}); it is shown once, here:`);
      console.log(key);
    } else if (command === 'list') {
      for (const k of await store.listApiKeys()) {
        console.log(
          [k.id, k.role.toLowerCase(), k.name, `created ${k.createdAt}`, k.revokedAt ? `revoked ${k.revokedAt}` : 'valid'].join('\t'),
        );
      }
    } else {
      if (!target) throw new Error(USAGE);
      if (!(await store.revokeApiKey(target))) throw new Error(`no valid key has id or name "${target}"`);
      console.log(`revoked ${target}`);
    }
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
