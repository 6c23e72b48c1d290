import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type { Pool, PoolClient } from 'pg';

/** Statements named per connection; past it, a new text runs unnamed (PostgreSQL keeps named plans per session). */
const NAMED_PER_CONNECTION = 200;

/**
 * The pool as Kysely's PostgreSQL driver sees it, with every parameterised statement sent as a
 * named prepared statement (`{ name, text, values }`): pg parses it once per connection and
 * then only binds and executes it, where an unnamed statement is parsed and planned anew on
 * every request. The name is a digest of the text, so the same SQL gets the same name on
 * every connection and in every process. Statements without parameters (migrations, `set`)
 * stay on the simple protocol, which runs several commands in one text.
 */
export function withNamedStatements(pool: Pool): PostgresPool {
  const clients = new WeakMap<PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (!wrapped) clients.set(client, (wrapped = namingClient(client)));
      return wrapped;
    },
    end: () => pool.end(),
  };
}

function namingClient(client: PoolClient): PostgresPoolClient {
  const named = new Set<string>();
  return {
    query: ((textOrCursor: unknown, values?: unknown[]) => {
      if (typeof textOrCursor !== 'string' || !values?.length) return client.query(textOrCursor as never, values);
      const name = nameOf(textOrCursor);
      if (!named.has(name)) {
        if (named.size >= NAMED_PER_CONNECTION) return client.query(textOrCursor, values);
        named.add(name);
      }
      return client.query({ name, text: textOrCursor, values });
    }) as unknown as PostgresPoolClient['query'],
    release: (destroy?: boolean) => client.release(destroy),
  };
}

const names = new Map<string, string>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = 'ng_' + createHash('sha1').update(text).digest('hex').slice(0, 24);
    if (names.size >= 5_000) names.clear();
    names.set(text, name);
  }
  return name;
}
