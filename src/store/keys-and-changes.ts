import type { ExpressionBuilder, Kysely } from 'kysely';
import { keyNameProblem } from '../domain/key-name';
import type { Role } from '../domain/role';
import type { Database } from './database';
import type { Page } from './records';
import type { ApiKeyRecord, ChangeQuery, ChangeRecord } from './write-records';

/** API keys (hashes only) and the history of writes: plain reads and writes of their own tables. */

export function toApiKey(r: Database['api_keys']): ApiKeyRecord {
  return { id: r.id, name: r.name, role: r.role as Role, createdAt: r.created_at, revokedAt: r.revoked_at };
}

/** Stores a key; a name that could not be listed as one line (control characters, too long) is refused. */
export async function createApiKey(db: Kysely<Database>, key: ApiKeyRecord, keyHash: string): Promise<void> {
  const problem = keyNameProblem(key.name);
  if (problem) throw new Error(problem);
  await db
    .insertInto('api_keys')
    .values({
      id: key.id,
      name: key.name,
      role: key.role,
      key_hash: keyHash,
      created_at: key.createdAt,
      revoked_at: null,
    })
    .execute();
}

export async function apiKeyByHash(db: Kysely<Database>, keyHash: string): Promise<ApiKeyRecord | null> {
  const row = await db
    .selectFrom('api_keys')
    .selectAll()
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? toApiKey(row) : null;
}

export async function listApiKeys(db: Kysely<Database>): Promise<ApiKeyRecord[]> {
  const rows = await db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(toApiKey);
}

/**
 * Revokes one valid key: the one with this id, or else the only one with this name. False
 * when none matches, or when several valid keys share the name: names need not be unique,
 * and a name alone must not revoke more than the one key its user meant (`keys revoke`
 * then lists their ids). One statement, so that the count and the revoke see the same rows.
 */
export async function revokeApiKey(db: Kysely<Database>, idOrName: string, at: string): Promise<boolean> {
  const valid = (eb: ExpressionBuilder<Database, 'api_keys'>) =>
    eb.selectFrom('api_keys as k').where('k.revoked_at', 'is', null);
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: at })
    .where('revoked_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('id', '=', idOrName),
        eb.and([
          eb('name', '=', idOrName),
          eb.not(eb.exists(valid(eb).select('k.id').where('k.id', '=', idOrName))),
          eb(
            valid(eb)
              .select((s) => s.fn.countAll().as('n'))
              .where('k.name', '=', idOrName),
            '=',
            1,
          ),
        ]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function graphVersion(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('graph_meta').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.version);
}

/** Changes newest first, optionally those that touched one entity. */
export async function listChanges(db: Kysely<Database>, query: ChangeQuery): Promise<Page<ChangeRecord>> {
  let base = db.selectFrom('changes');
  if (query.entityId !== undefined) {
    const entityId = query.entityId;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('change_entities as ce')
          .select('ce.version')
          .whereRef('ce.version', '=', 'changes.version')
          .where('ce.entity_id', '=', entityId),
      ),
    );
  }
  let page = base
    .selectAll()
    .orderBy('version', 'desc')
    .limit(query.first + 1);
  if (query.before !== undefined) page = page.where('version', '<', query.before);
  const [rows, count] = await Promise.all([
    page.execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const items = rows.slice(0, query.first);
  const touched =
    items.length === 0
      ? []
      : await db
          .selectFrom('change_entities')
          .selectAll()
          .where(
            'version',
            'in',
            items.map((r) => r.version),
          )
          .orderBy('entity_id')
          .execute();
  return {
    items: items.map((r) => ({
      version: Number(r.version),
      at: r.at,
      keyId: r.key_id,
      author: r.author,
      operation: r.operation,
      entityIds: touched.filter((t) => Number(t.version) === Number(r.version)).map((t) => t.entity_id),
      before: r.before === null ? null : (JSON.parse(r.before) as unknown),
      after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    })),
    totalCount: Number(count.n),
    hasNextPage: rows.length > query.first,
  };
}
