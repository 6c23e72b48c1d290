import { type Kysely, type Migration, sql } from 'kysely';

/** The channel every replica listens on for the graph's new version. */
export const GRAPH_VERSION_CHANNEL = 'graph_version';

/**
 * Every bump of the graph version notifies `graph_version` with the new version. A trigger,
 * so no write path can forget it; inside the write's own transaction, so PostgreSQL sends the
 * notification when (and only if) the write commits. Replicas drop their response caches on it.
 */
export const postgresVersionNotify: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create function notify_graph_version() returns trigger language plpgsql as $$
      begin
        perform pg_notify('graph_version', new.version::text);
        return new;
      end
      $$`.execute(db);
    await sql`
      create trigger graph_meta_notify after update of version on graph_meta
      for each row execute function notify_graph_version()`.execute(db);
  },
};
