import './monaco-workers';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './example-tabs';
import './playground.css';

/** Same origin: the page is served by the service it queries. */
const fetcher = createGraphiQLFetcher({ url: '/graphql' });
// Passing plugins replaces GraphiQL's default list, which is the history: keep it.
const plugins = [HISTORY_PLUGIN, explorerPlugin()];

/**
 * GraphiQL 5 fills the variables editor from `initialVariables`, not from the first default tab,
 * so a first visit would show the first example without its variables. Later visits restore
 * the tabs the user left (GraphiQL keeps them in localStorage) and need nothing from here.
 */
const firstVisit = localStorage.getItem('graphiql:tabState') === null;

function Playground() {
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={plugins}
      defaultTabs={exampleTabs}
      initialVariables={firstVisit ? exampleTabs[0].variables : undefined}
      defaultEditorToolsVisibility="variables"
    >
      <GraphiQL.Logo>
        <a className="playground-home" href="/">
          News graph
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('playground')!).render(<Playground />);
