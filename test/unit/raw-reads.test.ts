import { describe, expect, it } from '@jest/globals';
import Sqlite from 'better-sqlite3';
import { rawReads } from '../../src/store/sqlite/raw-reads';

describe('rawReads', () => {
  const database = new Sqlite(':memory:');
  database.exec(`create table t (id text primary key, n integer, note text);
    insert into t values ('a', 1, null), ('b', 2, 'two');`);
  const read = rawReads(database);

  it('builds the very objects better-sqlite3 would, keys in column order', () => {
    const sql = 'select t.*, n * 2 as twice from t where id in (select value from json_each(?)) order by id';
    const parameters = [JSON.stringify(['a', 'b'])];
    const rows = read(sql, parameters);
    expect(rows).toEqual(database.prepare(sql).all(...parameters));
    expect(rows.map((r) => Object.keys(r))).toEqual([
      ['id', 'n', 'note', 'twice'],
      ['id', 'n', 'note', 'twice'],
    ]);
  });

  it('follows a table that gained a column under a prepared `select *`', () => {
    expect(read('select * from t where id = ?', ['a'])).toEqual([{ id: 'a', n: 1, note: null }]);
    database.exec("alter table t add column extra text default 'x'");
    expect(read('select * from t where id = ?', ['a'])).toEqual([{ id: 'a', n: 1, note: null, extra: 'x' }]);
  });
});
