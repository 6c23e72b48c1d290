import { describe, expect, it } from '@jest/globals';
import { loadConfig, loadResponseCache } from '../../src/config';

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
    expect(loadConfig({ DATABASE_URL: 'sqlite::memory:' }).database).toEqual({
      dialect: 'sqlite',
      filename: ':memory:',
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database).toEqual({
      dialect: 'postgres',
      connectionString: 'postgres://u@h/db',
    });
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
  });

  it('runs operations with graphql-jit unless EXECUTOR says graphql-js', () => {
    expect(loadConfig({}).executor).toBe('jit');
    expect(loadConfig({ EXECUTOR: 'graphql-js' }).executor).toBe('graphql-js');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be sqlite:PATH/],
    [{ DATABASE_URL: 'sqlite:' }, /needs a path/],
    [{ EXECUTOR: 'fast' }, /EXECUTOR must be jit or graphql-js/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('loadConfig: limits and CORS', () => {
  it('has a default for every limit, and a variable that sets each', () => {
    expect(loadConfig({}).limits).toEqual({
      maxDepth: 15,
      maxAliases: 30,
      maxDirectives: 50,
      maxTokens: 5000,
      maxSelections: 2000,
      maxQueryLength: 50_000,
      bodyLimitBytes: 1_048_576,
      writeBodyLimitBytes: 8_388_608,
      writeRateLimit: 60,
      maxCost: 50_000,
      requestTimeoutMs: 10_000,
      headersTimeoutMs: 60_000,
      bodyReadTimeoutMs: 60_000,
      receiveTimeoutMs: 300_000,
      maxConnections: 1000,
      extractTimeoutMs: 5_000,
    });
    expect(loadConfig({ EXTRACT_TIMEOUT_MS: '900' }).limits.extractTimeoutMs).toBe(900);
    expect(loadConfig({ MAX_DEPTH: '8', MAX_COST: '1000', REQUEST_TIMEOUT_MS: '2500' }).limits).toMatchObject({
      maxDepth: 8,
      maxCost: 1000,
      requestTimeoutMs: 2500,
    });
  });

  it('reads the timeouts and the connection bound from HEADERS_TIMEOUT_MS, BODY_READ_TIMEOUT_MS, RECEIVE_TIMEOUT_MS, MAX_CONNECTIONS', () => {
    const env = {
      HEADERS_TIMEOUT_MS: '5000',
      BODY_READ_TIMEOUT_MS: '20000',
      RECEIVE_TIMEOUT_MS: '90000',
      MAX_CONNECTIONS: '64',
    };
    expect(loadConfig(env).limits).toMatchObject({
      headersTimeoutMs: 5000,
      bodyReadTimeoutMs: 20_000,
      receiveTimeoutMs: 90_000,
      maxConnections: 64,
    });
  });

  it.each([
    [{ MAX_DEPTH: '0' }, /MAX_DEPTH must be a positive integer, got "0"/],
    [{ MAX_CONNECTIONS: '-1' }, /MAX_CONNECTIONS must be a positive integer/],
    [{ HEADERS_TIMEOUT_MS: '1.5' }, /HEADERS_TIMEOUT_MS must be a positive integer/],
    [
      { HEADERS_TIMEOUT_MS: '400000' },
      /HEADERS_TIMEOUT_MS \(400000\) must not be longer than RECEIVE_TIMEOUT_MS \(300000\)/,
    ],
    [
      { BODY_READ_TIMEOUT_MS: '5000' },
      /BODY_READ_TIMEOUT_MS \(5000\) must be longer than REQUEST_TIMEOUT_MS \(10000\)/,
    ],
    [{ MAX_COST: 'lots' }, /MAX_COST must be a positive integer/],
    [{ CORS_ORIGINS: 'example.com' }, /CORS_ORIGINS must be \* or a comma-separated list of origins/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads CORS_ORIGINS as * or a list of origins', () => {
    expect(loadConfig({}).corsOrigins).toBe('*');
    expect(loadConfig({ CORS_ORIGINS: 'http://localhost:5173, https://news.example' }).corsOrigins).toEqual([
      'http://localhost:5173',
      'https://news.example',
    ]);
  });
});

describe('loadConfig: response cache', () => {
  it('is on with 64 MB by default; RESPONSE_CACHE=off turns it off, RESPONSE_CACHE_MAX_MB sizes it', () => {
    expect(loadConfig({}).responseCache).toEqual({ enabled: true, maxBytes: 64 * 1_048_576 });
    expect(loadResponseCache({ RESPONSE_CACHE: 'off', RESPONSE_CACHE_MAX_MB: '8' })).toEqual({
      enabled: false,
      maxBytes: 8 * 1_048_576,
    });
  });

  it('refuses values it cannot use, naming the variable', () => {
    expect(() => loadResponseCache({ RESPONSE_CACHE: 'yes' })).toThrow(/RESPONSE_CACHE must be on or off/);
    expect(() => loadResponseCache({ RESPONSE_CACHE_MAX_MB: '0' })).toThrow(
      /RESPONSE_CACHE_MAX_MB must be a positive integer/,
    );
  });
});
