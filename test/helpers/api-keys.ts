import { generateApiKey, generateKeyId, hashApiKey } from '../../src/auth/api-key';
import { Role } from '../../src/domain/role';
import type { GraphStore } from '../../src/store/graph-store';

/** Makes a key of `role` in the store, as `npm run keys -- create` does, and returns the key itself. */
export async function createKey(store: GraphStore, role: Role, name = role.toLowerCase()): Promise<string> {
  const key = generateApiKey();
  await store.createApiKey(
    { id: generateKeyId(), name, role, createdAt: new Date().toISOString(), revokedAt: null },
    hashApiKey(key),
  );
  return key;
}

export { Role };
