import { BadUserInputError } from '../errors/bad-user-input.error';
import { quoteInput } from '../errors/quote-input';

/** Text a key of ours never holds: NUL (which PostgreSQL text cannot store) and lone surrogates. */
const NOT_KEY_TEXT = /\0|\p{Cs}/u;

/**
 * Cursors are opaque to clients: base64url of `[kind, ...key]`. Decoding checks the kind, the
 * key's arity and that each part is text a key can hold, so a cursor from another list, or
 * none of ours, is refused, not misread (or handed to the database to fail on).
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
  if (
    !Array.isArray(parsed) ||
    parsed[0] !== kind ||
    parsed.length !== arity + 1 ||
    !parsed.every((part) => typeof part === 'string' && !NOT_KEY_TEXT.test(part))
  ) {
    throw new BadUserInputError(field, `${quoteInput(cursor)} is not a cursor of this list`);
  }
  return (parsed as string[]).slice(1);
}

/** A cursor whose key is one whole number (a version): anything else is refused as not ours. */
export function decodeNumberCursor(cursor: string, kind: string, field = 'after'): number {
  const [part] = decodeCursor(cursor, kind, 1, field);
  const value = /^\d{1,15}$/.test(part) ? Number(part) : NaN;
  if (!Number.isSafeInteger(value))
    throw new BadUserInputError(field, `${quoteInput(cursor)} is not a cursor of this list`);
  return value;
}
