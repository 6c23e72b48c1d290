import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Sqlite from 'better-sqlite3';
import { Pool } from 'pg';
import { withNamedStatements } from '../../src/store/postgres/named-statements';
import { withStatementCache } from '../../src/store/sqlite/statement-cache';
import { type TestDatabase, createTestDatabase } from '../helpers/test-database';

describe('SQLite statement cache', () => {
  it('prepares a SQL text once, and again only after it was pushed out', () => {
    const database = new Sqlite(':memory:');
    try {
      const cached = withStatementCache(database, 2);
      const first = cached.prepare('select 1 as n');
      expect(cached.prepare('select 1 as n')).toBe(first);
      expect(first.all([])).toEqual([{ n: 1 }]);
      cached.prepare('select 2');
      cached.prepare('select 1 as n'); // used last: stays
      cached.prepare('select 3'); // pushes out "select 2", the least recently used
      expect(cached.prepare('select 1 as n')).toBe(first);
      expect(cached.prepare('select 2')).not.toBe(cached.prepare('select 3'));
    } finally {
      database.close();
    }
  });

  it('answers from a reused statement what the schema holds now', () => {
    const database = new Sqlite(':memory:');
    try {
      const cached = withStatementCache(database);
      cached.prepare('create table t (a integer)').run([]);
      const select = () => cached.prepare('select * from t').all([]);
      expect(select()).toEqual([]);
      cached.prepare('alter table t add column b text').run([]);
      cached.prepare('insert into t values (?, ?)').run([1, 'x']);
      expect(select()).toEqual([{ a: 1, b: 'x' }]);
    } finally {
      database.close();
    }
  });
});

describe('PostgreSQL named statements', () => {
  let database: TestDatabase;
  let pool: Pool;
  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 1 });
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('names statements with parameters, once per connection, and leaves the others unnamed', async () => {
    const named = withNamedStatements(pool);
    const client = await named.connect();
    try {
      const text = 'select $1::int + 1 as n';
      expect((await client.query<{ n: number }>(text, [1])).rows).toEqual([{ n: 2 }]);
      expect((await client.query<{ n: number }>(text, [41])).rows).toEqual([{ n: 42 }]);
      // Several commands in one text only run unnamed, on the simple protocol.
      await client.query('select 1; select 2', []);
      const { rows } = await client.query<{ name: string; statement: string }>(
        'select name, statement from pg_prepared_statements where statement not like $1 order by name',
        ['%pg_prepared_statements%'],
      );
      expect(rows).toEqual([{ name: expect.stringMatching(/^ng_[0-9a-f]{24}$/), statement: text }]);
    } finally {
      client.release();
    }
  });
});
