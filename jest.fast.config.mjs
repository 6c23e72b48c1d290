import base from './jest.config.js';

/**
 * The fast loop (`ENGINES=sqlite npm run test:fast`): every suite that runs from src/ alone.
 * Left out, because they need what only the full run (`npm test`) provides:
 * - a build (dist/): the browser tests, the CLI, the fault tests' service processes, the
 *   event-loop test's service process, and the suites that run the extractor on its worker
 *   thread, which loads dist/src/drafts/extract.worker.js;
 * - PostgreSQL outright, outside `forEachEngine`, so `ENGINES` cannot narrow them: the replica
 *   cache, the version listener, the queued writes and the named statements.
 * Everything else runs on the engines `ENGINES` selects (test/helpers/engine-selection.ts).
 * @type {import('jest').Config}
 */
export default {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/browser/',
    '<rootDir>/test/cli/',
    '<rootDir>/test/faults/',
    '<rootDir>/test/client/',
    '<rootDir>/test/hostile/',
    '<rootDir>/test/http/web-assets\\.test\\.ts$',
    '<rootDir>/test/http/http\\.test\\.ts$',
    '<rootDir>/test/http/extract-graph\\.test\\.ts$',
    '<rootDir>/test/cache/replica-cache\\.test\\.ts$',
    '<rootDir>/test/cache/version-listener\\.test\\.ts$',
    '<rootDir>/test/writes/write-queue\\.test\\.ts$',
    '<rootDir>/test/writes/write-deadline\\.test\\.ts$',
    '<rootDir>/test/store/prepared-statements\\.test\\.ts$',
  ],
};
