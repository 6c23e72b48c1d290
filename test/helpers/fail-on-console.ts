import { afterEach, beforeEach, expect, jest } from '@jest/globals';

/** A test that writes to the console has something unexpected to say: fail it. */
const methods = ['log', 'info', 'warn', 'error'] as const;
let spies: ReturnType<typeof jest.spyOn>[] = [];

beforeEach(() => {
  spies = methods.map((m) => jest.spyOn(console, m));
});

afterEach(() => {
  const calls = spies.flatMap((spy) => spy.mock.calls);
  spies.forEach((spy) => spy.mockRestore());
  expect(calls).toEqual([]);
});
