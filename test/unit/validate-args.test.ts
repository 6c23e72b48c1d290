import 'reflect-metadata';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { ArgumentValidationError } from 'type-graphql';
import { AttackFilter } from '../../src/resolvers/args/attack-filter.input';
import { AttackListArgs } from '../../src/resolvers/args/attack-list.args';
import { EntityFilter } from '../../src/resolvers/args/entity-filter.input';
import { NeighborsArgs } from '../../src/resolvers/args/neighbors.args';
import { PageArgs } from '../../src/resolvers/args/page.args';
import { SearchArgs } from '../../src/resolvers/args/search.args';
import { ImportSourceInput } from '../../src/resolvers/inputs/import-source.input';
import { UpdateEntityInput } from '../../src/resolvers/inputs/update-entity.input';
import { getSchema } from '../../src/schema';
import { validateArgs } from '../../src/resolvers/args/validate-args';

function make<T extends object>(type: new () => T, values: Partial<T>): T {
  return Object.assign(new type(), values);
}

const run = (value: unknown) => validateArgs(value, Object, {} as never);

/** The constraint names class-validator reports, or [] when the value passes. */
async function failures(value: unknown): Promise<string[]> {
  try {
    await run(value);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentValidationError);
    return (error as ArgumentValidationError).extensions.validationErrors.flatMap((e) =>
      Object.keys(e.constraints ?? {}),
    );
  }
}

describe('validateArgs', () => {
  it('passes values inside the rules, and missing optional ones', async () => {
    expect(await failures(make(PageArgs, { first: 1 }))).toEqual([]);
    expect(await failures(make(PageArgs, { first: 100, after: null }))).toEqual([]);
    expect(await failures(make(EntityFilter, {}))).toEqual([]);
    expect(await failures([make(EntityFilter, { name: 'kyiv' })])).toEqual([]);
    expect(await failures('a scalar')).toEqual([]);
  });

  it('reports what class-validator reports when a value breaks a rule', async () => {
    expect(await failures(make(PageArgs, { first: 0 }))).toEqual(['min']);
    expect(await failures(make(PageArgs, { first: 101 }))).toEqual(['max']);
    expect(await failures(make(EntityFilter, { name: '' }))).toEqual(['minLength']);
    expect(await failures(make(EntityFilter, { name: 'x'.repeat(201) }))).toEqual(['maxLength']);
  });

  it('counts lengths as class-validator does where characters take two code units', async () => {
    // 150 emoji are 300 UTF-16 code units but 150 characters to class-validator: within 200.
    expect(await failures(make(EntityFilter, { name: '🙂'.repeat(150) }))).toEqual([]);
    expect(await failures(make(EntityFilter, { name: '🙂'.repeat(201) }))).toEqual(['maxLength']);
  });

  describe('null as "not given"', () => {
    // type-graphql registers the argument classes as the schema is built.
    beforeAll(() => getSchema());

    it('turns a null argument into its default, in the filters inside too', async () => {
      const args = make(AttackListArgs, {
        first: 5,
        after: null,
        filter: make(AttackFilter, { name: null, weapon: null } as never),
      });
      await run(args);
      expect(args).toEqual(make(AttackListArgs, { first: 5, filter: make(AttackFilter, {}) }));
      expect(Object.keys(args.filter!)).toEqual([]);
      const neighbors = make(NeighborsArgs, { types: null, predicates: null } as never);
      await run(neighbors);
      expect(neighbors).toEqual(make(NeighborsArgs, {}));
      expect(neighbors.depth).toBe(1);
    });

    it('reads a list given the same value many times as the set of its values, in order', async () => {
      const args = make(SearchArgs, { query: 'kyiv', types: ['PERSON', 'LOCATION', 'PERSON', 'LOCATION'] } as never);
      await run(args);
      expect(args.types).toEqual(['PERSON', 'LOCATION']);
    });

    it('leaves mutation inputs as sent: there null may mean "clear"', async () => {
      const input = make(UpdateEntityInput, {
        id: 'person:x',
        expectedVersion: 1,
        description: null,
        damage: ['a', 'a'],
      });
      await run(input);
      expect(input.description).toBeNull();
      expect(input.damage).toEqual(['a', 'a']);
      const imported = make(ImportSourceInput, { text: 't', graph: { entities: null } });
      await run(imported);
      expect(imported.graph).toEqual({ entities: null });
    });
  });
});
