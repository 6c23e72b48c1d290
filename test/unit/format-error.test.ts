import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { BadUserInputError } from '../../src/errors/bad-user-input.error';
import { createFormatError } from '../../src/errors/format-error';

describe('formatError', () => {
  it('masks an internal error', () => {
    const format = createFormatError({ production: false });
    const original = new Error('SQLITE_ERROR: no such table: entities at /srv/app/store.js:10');
    const formatted = format(
      { message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at /srv/app'] } },
      new GraphQLError(original.message, { originalError: original }),
    );
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps caller errors, dropping suggestions and stacks in production', () => {
    const format = createFormatError({ production: true });
    const formatted = format(
      {
        message: 'Cannot query field "peple" on type "Query". Did you mean "people"?',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['GraphQLError: ...'] },
      },
      new GraphQLError('x', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    );
    expect(formatted).toEqual({
      message: 'Cannot query field "peple" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('keeps suggestions outside production', () => {
    const format = createFormatError({ production: false });
    const message = 'Cannot query field "peple" on type "Query". Did you mean "people"?';
    expect(
      format(
        { message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      ).message,
    ).toBe(message);
  });

  it("gives Apollo's code-less request errors (a wrong persisted-query hash) the code BAD_REQUEST", () => {
    const format = createFormatError({ production: true });
    const original = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    const formatted = format({ message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, original);
    expect(formatted).toEqual({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });

  it("says a document nested past the parser's stack is nested too deeply, not that a stack overflowed", () => {
    const format = createFormatError({ production: true });
    const original = new GraphQLError('Maximum call stack size exceeded', {
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    const formatted = format({ message: original.message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, original);
    expect(formatted).toEqual({
      message: 'Syntax Error: the document is nested too deeply to parse',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    // Only the parser's: a resolver's stack overflow stays an internal error.
    const internal = new GraphQLError('Maximum call stack size exceeded', {
      originalError: new RangeError('Maximum call stack size exceeded'),
    });
    expect(format({ message: internal.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, internal)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps a refusal made before execution (BAD_USER_INPUT with its HTTP status) as the caller wrote it', () => {
    const format = createFormatError({ production: true });
    const original = new BadUserInputError(
      '$input.text',
      'holds a NUL character (U+0000) at offset 1, which text here cannot hold',
      400,
    );
    const formatted = format(
      { message: original.message, extensions: { code: 'BAD_USER_INPUT', field: '$input.text' } },
      original,
    );
    expect(formatted).toEqual({
      message:
        'Invalid value for "$input.text": holds a NUL character (U+0000) at offset 1, which text here cannot hold',
      extensions: { code: 'BAD_USER_INPUT', field: '$input.text' },
    });
  });
});
