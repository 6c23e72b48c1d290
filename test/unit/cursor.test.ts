import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor } from '../../src/pagination/cursor';

describe('cursors', () => {
  it('round-trips a key', () => {
    const cursor = encodeCursor('entities', ['Kyiv', 'location:kyiv']);
    expect(decodeCursor(cursor, 'entities', 2)).toEqual(['Kyiv', 'location:kyiv']);
  });

  it.each([
    ['not base64 JSON', 'bogus'],
    ['another list', encodeCursor('relations', ['x', 'y'])],
    ['the wrong arity', encodeCursor('entities', ['x'])],
    ['an empty string', ''],
  ])('refuses %s as BAD_USER_INPUT naming the argument', (_what, cursor) => {
    let error: unknown;
    try {
      decodeCursor(cursor, 'entities', 2);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
