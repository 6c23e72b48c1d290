import type { GraphStore } from '../store/graph-store';
import type { ApiKeyRecord } from '../store/write-records';
import { hashApiKey } from './api-key';

/** Who is asking: the key, or why the Authorization header named none; `null` key and no problem for an anonymous reader. */
export interface Viewer {
  key: ApiKeyRecord | null;
  /** Set when a header was sent but names no valid key: writes answer UNAUTHENTICATED with it. */
  problem?: string;
}

export const ANONYMOUS: Viewer = { key: null };

/**
 * Resolves the Authorization header once per request (before its body is read: see
 * server/body-limits.ts): one store call, and only when the header names a key.
 */
export async function resolveViewer(store: GraphStore, authorization: string | undefined): Promise<Viewer> {
  if (authorization === undefined || authorization === '') return ANONYMOUS;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return { key: null, problem: 'The Authorization header must be "Bearer <key>"' };
  const key = await store.apiKeyByHash(hashApiKey(match[1]));
  return key ? { key } : { key: null, problem: 'The key is not known, or was revoked' };
}
