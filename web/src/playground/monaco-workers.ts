import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

/**
 * Monaco runs its language services in workers, which Vite bundles from these `?worker`
 * imports into our own assets. graphiql's `setup-workers/vite` does the same but breaks Vite's
 * dev server (graphiql #4473), and its esm.sh variant fetches the workers from a public CDN.
 */
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};
