import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('defaults to port 4000 on loopback and the SQLite file in data/', () => {
    expect(loadConfig({})).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      database: { dialect: 'sqlite', filename: './data/graph.db' },
      logLevel: 'info',
      production: false,
    });
  });

  it('reads every DATABASE_URL form', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite::memory:' }).database).toEqual({ dialect: 'sqlite', filename: ':memory:' });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database).toEqual({ dialect: 'postgres', connectionString: 'postgres://u@h/db' });
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be sqlite:PATH/],
    [{ DATABASE_URL: 'sqlite:' }, /needs a path/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
