/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // tsconfig's isolatedModules makes ts-jest transpile only (fast); `npm test` runs tsc first.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // @fastify/static requires content-disposition 3, which ships ESM only: Node 20.19+ loads
    // it through require(esm), jest's module loader does not, so jest gets it as CommonJS.
    '/node_modules/content-disposition/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  // Finds or starts the PostgreSQL server the PostgreSQL half of the suite runs on, unless
  // ENGINES leaves PostgreSQL out (test/helpers/engine-selection.ts; the fast loop, jest.fast.config.mjs).
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  setupFilesAfterEnv: ['<rootDir>/test/helpers/fail-on-console.ts'],
  // Two cores: one worker runs beside jest's parent without starving it.
  maxWorkers: 2,
  // Hooks create PostgreSQL databases and seed them; on a busy 2-core machine that can pass
  // jest's 5 s default. A hang still fails, in 30 s.
  testTimeout: 30_000,
};
