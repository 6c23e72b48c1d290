import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { selectedEngines } from './engine-selection';

/** A fresh, empty PostgreSQL database on the test server; `drop` removes it. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && !selectedEngines().has('PostgreSQL')) {
    throw new Error(
      `This suite needs PostgreSQL, which ENGINES=${process.env.ENGINES} leaves out: run it without ENGINES.`,
    );
  }
  if (!url) throw new Error('TEST_DATABASE_URL is not set: jest runs test/global-setup.ts first, which sets it');
  return url;
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `graph_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
