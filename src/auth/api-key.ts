import { createHash, randomBytes } from 'node:crypto';

/** Keys look like `ngk_<43 base64url characters>`: 32 random bytes, recognisable in a leaked log. */
const PREFIX = 'ngk_';

export function generateApiKey(): string {
  return `${PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function generateKeyId(): string {
  return `key_${randomBytes(6).toString('hex')}`;
}

/**
 * What the database holds instead of the key. A plain SHA-256 is enough here, where a password
 * would need a slow hash (scrypt, argon2): a key is 256 random bits, so no guessing or
 * dictionary can search the space, and a fast hash lets every request check its key cheaply.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
