import base from './jest.config.js';

/**
 * The fast loop (`ENGINES=sqlite npm run test:fast`): every suite that runs from src/ alone,
 * on the engines `ENGINES` selects (test/helpers/engine-selection.ts). Left out by path, for
 * the full run (`npm test`) to run: what needs a build, and what needs PostgreSQL outright.
 * docs/development.md lists them with the reasons.
 * @type {import('jest').Config}
 */
export default {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    // dist/: Chromium on the built web apps, the CLI, the fault tests' service processes.
    '<rootDir>/test/browser/',
    '<rootDir>/test/cli/',
    '<rootDir>/test/faults/',
    // dist/: the extractor's worker thread (dist/src/drafts/extract.worker.js), which the client
    // kit and client-input reach through extractGraph; event-loop's service process. The other
    // hostile suites hold the service to time and memory bounds, which a busy machine misses.
    '<rootDir>/test/client/',
    '<rootDir>/test/hostile/',
    '<rootDir>/test/http/extract-graph\\.test\\.ts$',
    // dist/web: the playground and the web apps as served.
    '<rootDir>/test/http/http\\.test\\.ts$',
    '<rootDir>/test/http/web-assets\\.test\\.ts$',
    // Waits out real deadlines around 1,500-entity imports: a third of the loop's time alone.
    '<rootDir>/test/writes/write-deadline\\.test\\.ts$',
    // PostgreSQL outside forEachEngine, which ENGINES cannot narrow.
    '<rootDir>/test/cache/replica-cache\\.test\\.ts$',
    '<rootDir>/test/cache/version-listener\\.test\\.ts$',
    '<rootDir>/test/writes/write-queue\\.test\\.ts$',
    '<rootDir>/test/store/prepared-statements\\.test\\.ts$',
  ],
};
