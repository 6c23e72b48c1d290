import { useEffect, useMemo } from 'react';
import { SearchBox } from './components/SearchBox';
import { AddArticlePage } from './pages/AddArticlePage';
import { EntityPage } from './pages/EntityPage';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PathPage } from './pages/PathPage';
import { SourcePage } from './pages/SourcePage';
import { Link, parseRoute, useUrl } from './router';

/** The frame (header, search, footer) around the page the URL names. */
export function App() {
  const url = useUrl();
  const route = useMemo(() => parseRoute(new URL(url)), [url]);

  // After a navigation inside the app, move focus to the new page's heading, as a page load would.
  useEffect(() => {
    const timer = setTimeout(() => {
      const title = document.getElementById('page-title');
      if (title && document.activeElement === document.body) title.focus({ preventScroll: true });
    }, 0);
    return () => clearTimeout(timer);
  }, [url]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand" aria-label="News graph, start page">
            <span className="brand-mark" aria-hidden="true" />
            News graph
          </Link>
          {route.name !== 'home' && <SearchBox label="Search the graph" className="search-top" />}
          <nav className="topnav" aria-label="Main">
            <Link to="/path">Connect</Link>
            <Link to="/add" aria-current={route.name === 'add' ? 'page' : undefined}>
              Add an article
            </Link>
            <a href="/playground">Playground</a>
          </nav>
        </div>
      </header>
      <main id="main" className="page">
        {route.name === 'home' && <HomePage />}
        {route.name === 'entity' && <EntityPage key={route.id} id={route.id} />}
        {route.name === 'source' && <SourcePage id={route.id} at={route.at} />}
        {route.name === 'path' && <PathPage from={route.from} to={route.to} />}
        {route.name === 'add' && <AddArticlePage />}
        {route.name === 'not-found' && <NotFoundPage />}
      </main>
      <footer className="footer">
        Every fact here links to the words of the source it comes from. Data over GraphQL at{' '}
        <a href="/graphql">/graphql</a>.
      </footer>
    </>
  );
}
