import type { Role } from '../domain/role';
import type { UserErrorCode } from '../domain/user-error-code';
import type { CommitGate } from './commit-gate';

/** Records of the write side: who writes, what was refused, what was recorded. */

/** Who a write is recorded under: a key, or the service itself (start-up seeding). */
export interface WriteAuthor {
  keyId: string | null;
  name: string;
  /** The request the write runs for, when it has one: the write commits only while it waits (see `writeTransaction`). */
  gate?: CommitGate;
}

/** Writes made by the service itself (start-up seeding, `npm run seed`), as the history names them. */
export const SYSTEM_AUTHOR: WriteAuthor = { keyId: null, name: 'seed' };

/**
 * Why a write was refused. `field` is a path into the mutation's input
 * (`["graph", "relations", "3", "evidence", "0", "quote"]`); quote problems also say which
 * quote was looked for, where, and in which source, so a page can point at it.
 */
export interface WriteProblem {
  code: UserErrorCode;
  field: string[];
  message: string;
  quote?: string;
  within?: string | null;
  sourceId?: string;
}

/** A write's answer: its result, or the problems that stopped it with nothing written. */
export type WriteResult<T> = { ok: true; value: T } | { ok: false; problems: WriteProblem[] };

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** One recorded write: `version` is the graph version it made, so newer changes have larger ones. */
export interface ChangeRecord {
  version: number;
  at: string;
  keyId: string | null;
  author: string;
  operation: string;
  /** The entities the write touched. */
  entityIds: string[];
  before: unknown;
  after: unknown;
}

export interface ChangeQuery {
  entityId?: string;
  first: number;
  /** Changes older than this graph version. */
  before?: number;
}
