import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { ArgumentValidationError } from 'type-graphql';
import { EntityFilter } from '../../src/resolvers/args/entity-filter.input';
import { PageArgs } from '../../src/resolvers/args/page.args';
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
    return (error as ArgumentValidationError).extensions.validationErrors.flatMap((e) => Object.keys(e.constraints ?? {}));
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
});
