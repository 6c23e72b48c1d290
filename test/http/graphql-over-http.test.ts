import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type AuditResult, serverAudits } from 'graphql-http';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { seededStore } from '../helpers/seeded-store';

/**
 * The MAY audits this service does not pass, each with its reason (docs/http.md, "GraphQL over
 * HTTP"). Any other failure fails the test.
 */
const MAY_NOT_PASSED = new Map<string, string>();

describe('the GraphQL-over-HTTP audit of graphql-http', () => {
  let service: ListeningApp;
  const results: AuditResult[] = [];
  beforeAll(async () => {
    service = await listeningApp(await seededStore());
    for (const audit of serverAudits({ url: `${service.url}/graphql` })) results.push(await audit.fn());
  });
  afterAll(() => service.close());

  it('passes every MUST and every SHOULD', () => {
    const failed = results
      .filter((r) => r.status !== 'ok' && !r.name.startsWith('MAY'))
      .map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failed).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(results.filter((r) => r.name.startsWith('SHOULD')).length).toBeGreaterThan(10);
  });

  it('fails no MAY but the ones docs/http.md lists', () => {
    const failed = results.filter((r) => r.status !== 'ok' && r.name.startsWith('MAY')).map((r) => r.name);
    expect(failed).toEqual([...MAY_NOT_PASSED.keys()]);
  });
});
