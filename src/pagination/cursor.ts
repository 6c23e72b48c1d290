import { BadUserInputError } from '../errors/bad-user-input.error';

/**
 * Cursors are opaque to clients: base64url of `[kind, ...key]`. Decoding checks the kind and
 * the key's arity, so a cursor from another list, or none of ours, is refused, not misread.
 */
export function encodeCursor(kind: string, key: string[]): string {
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, kind: string, arity: number, field = 'after'): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed[0] !== kind || parsed.length !== arity + 1 || !parsed.every((part) => typeof part === 'string')) {
    throw new BadUserInputError(field, `"${cursor}" is not a cursor of this list`);
  }
  return parsed.slice(1);
}
