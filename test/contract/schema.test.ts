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
    const examples = JSON.parse(readFileSync(join(dir, 'variables.json'), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    // Every list the estimate bounds counts at its bound already; `first` is the operation's own
    // page size where it declares one (its clients send no more), else so large that each list
    // counts its maximum (100 for connections, 50 for search, 5 for paths).
    const largest = {
      ids: Array.from({ length: 100 }, (_, i) => `person:${i}`),
      id: 'x',
      from: 'x',
      to: 'y',
      query: 'x',
      depth: 4,
    };
    const pageSize = (op: OperationDefinitionNode) => {
      const first = op.variableDefinitions?.find((v) => v.variable.name.value === 'first')?.defaultValue;
      return first?.kind === Kind.INT ? Number(first.value) : 2_147_483_647;
    };
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations.length).toBeGreaterThan(10);
    const over = operations
      .flatMap((op) => {
        const name = op.name?.value ?? '';
        // A mutation's input is not a list size: its example variables stand in for it.
        if (op.operation === OperationTypeNode.MUTATION) return [{ name, runs: 'example', variables: examples[name] }];
        return [
          { name, runs: 'largest', variables: { ...examples[name], ...largest, first: pageSize(op) } },
          { name, runs: 'example', variables: examples[name] },
        ];
      })
      .map(({ name, runs, variables }) => ({ name, runs, cost: queryCost(schema, document, name, variables, 100_000) }))
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
