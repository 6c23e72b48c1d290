import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { Kind, type OperationDefinitionNode, OperationTypeNode, buildSchema, parse, validate } from 'graphql';
import { loadLimits } from '../../src/config';
import { printSchemaFile } from '../../src/print-schema';
import { getSchema } from '../../src/schema';
import { queryCost } from '../../src/server/limits/query-cost';
import { limitRules } from '../../src/server/limits/validation-rules';

const ROOT = join(__dirname, '..', '..');
const GRAPH = join(ROOT, 'graph');

describe('the contract files in graph/', () => {
  it('schema.graphql is the schema the code builds', async () => {
    const committed = readFileSync(join(GRAPH, 'schema.graphql'), 'utf8');
    const emitted = printSchemaFile(await getSchema());
    if (committed !== emitted) {
      throw new Error('graph/schema.graphql has drifted from the code: run `npm run schema:emit` and commit it');
    }
    expect(emitted).toContain('interface Entity implements Node');
  });

  it('every operation validates against the schema', () => {
    const schema = buildSchema(readFileSync(join(GRAPH, 'schema.graphql'), 'utf8'));
    const dir = join(GRAPH, 'operations');
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(sources.length).toBeGreaterThan(0);
    // Fragments live in their own file, so the documents are validated together.
    const errors = validate(schema, parse(sources.join('\n'))).map((e) => e.message);
    expect(errors).toEqual([]);
  });

  it('every operation fits the default limits, even with its lists at their largest', async () => {
    const schema = await getSchema();
    const dir = join(GRAPH, 'operations');
    const document = parse(
      readdirSync(dir)
        .filter((f) => f.endsWith('.graphql'))
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .join('\n'),
    );
    const limits = loadLimits();
    expect(validate(schema, document, limitRules(limits)).map((e) => e.message)).toEqual([]);
    const examples = JSON.parse(readFileSync(join(dir, 'variables.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    const largest = {
      first: 100,
      ids: Array.from({ length: 100 }, (_, i) => `person:${i}`),
      id: 'x',
      from: 'x',
      to: 'y',
      query: 'x',
      depth: 4,
    };
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(10);
    const over = operations
      .map((op) => {
        const name = op.name?.value ?? '';
        // search takes at most 50 and paths at most 5 (their own validation).
        const first = name === 'Search' ? 50 : name === 'Paths' ? 5 : largest.first;
        // A mutation's input is not a list size: its example variables stand in for it.
        const variables = op.operation === OperationTypeNode.MUTATION ? examples[name] : { ...largest, first };
        return { name, cost: queryCost(schema, document, name, variables, 100_000) };
      })
      .filter((op) => op.cost > limits.maxCost);
    expect(over).toEqual([]);
  });

  it('codegen runs, and graph/generated matches the schema and operations', async () => {
    // The CLI is ESM inside; run it as its own process, as `npm run codegen:check` does.
    const bin = join(ROOT, 'node_modules', '.bin', 'graphql-codegen');
    try {
      await promisify(execFile)(bin, ['--config', 'codegen.yml', '--check'], { cwd: ROOT });
    } catch (error) {
      throw new Error(
        `graph/generated is stale or codegen failed: run \`npm run codegen\` and commit it\n${(error as { stdout?: string }).stdout ?? String(error)}`,
      );
    }
  }, 60_000);
});
