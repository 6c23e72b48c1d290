import { useQuery } from '@apollo/client/react';
import {
  AttacksOverviewDocument,
  PeopleListDocument,
  SourcesDocument,
  StatsDocument,
} from '../../../../graph/generated/graphql';
import { EntityLink, EntityLinks } from '../components/EntityLink';
import { SearchBox } from '../components/SearchBox';
import { TYPE_LABELS, TYPE_PLURALS, humanize } from '../entity-types';
import { Link, pathHref, sourceHref } from '../router';
import { usePageTitle } from '../use-page-title';

/** The start page: what the graph holds, where to begin, and the search. */
export function HomePage() {
  usePageTitle(null);
  const stats = useQuery(StatsDocument).data?.stats;
  const attacks = useQuery(AttacksOverviewDocument, { variables: { first: 10 } }).data?.attacks.edges;
  const people = useQuery(PeopleListDocument, { variables: { first: 20 } }).data?.people.edges;
  const sources = useQuery(SourcesDocument).data?.sources;

  return (
    <div className="home">
      <section className="hero">
        <h1 id="page-title" tabIndex={-1}>
          Who did what, where — and who said so
        </h1>
        <p className="lead">
          People, places, attacks, talks and statements drawn from the news, linked to each other, every fact tied to
          the sentence it comes from.
        </p>
        <SearchBox label="Search the graph" className="search-hero" />
        {stats && (
          <ul className="stat-row" aria-label="What the graph holds">
            {stats.entities.map(({ type, count }) => (
              <li key={type} className={`stat type-${type.toLowerCase()}`}>
                <span className="stat-count">{count}</span>
                <span className="stat-label">{count === 1 ? TYPE_LABELS[type] : TYPE_PLURALS[type]}</span>
              </li>
            ))}
            <li className="stat">
              <span className="stat-count">{stats.relations.reduce((sum, r) => sum + r.count, 0)}</span>
              <span className="stat-label">cited relations</span>
            </li>
          </ul>
        )}
      </section>

      <div className="home-grid">
        <section className="card" aria-labelledby="attacks-title">
          <h2 id="attacks-title">Attacks</h2>
          <ul className="attack-cards">
            {attacks?.map(({ node: attack }) => (
              <li key={attack.id} className="attack-card">
                <EntityLink entity={attack} />
                {attack.targets.length > 0 && (
                  <div className="attack-targets muted small">
                    on <EntityLinks entities={attack.targets} />
                  </div>
                )}
                <ul className="figure-chips">
                  {attack.figures.map((f, i) => (
                    <li key={i}>
                      <strong>{f.value}</strong> {humanize(f.metric)}
                      {f.reportedBy && <span className="muted"> · per {f.reportedBy.name}</span>}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>

        <section className="card" aria-labelledby="people-title">
          <h2 id="people-title">People</h2>
          <ul className="people-list">
            {people?.map(({ node: person }) => (
              <li key={person.id}>
                <EntityLink entity={person} />
                <span className="muted small">
                  {person.positions.map((p) => (p.of ? `${p.title}, ${p.of.name}` : p.title)).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </section>

        <section className="card" aria-labelledby="connect-title">
          <h2 id="connect-title">How are they connected?</h2>
          <p className="muted">Pick two entities and see the chains of cited relations between them.</p>
          <p>
            <Link to={pathHref('person:vitali-klitschko', 'person:donald-trump')}>Vitali Klitschko → Donald Trump</Link>
            <br />
            <Link to={pathHref('person:volodymyr-zelenskyy', 'person:grigory-karasin')}>
              Volodymyr Zelenskyy → Grigory Karasin
            </Link>
          </p>
        </section>

        <section className="card" aria-labelledby="sources-title">
          <h2 id="sources-title">Sources</h2>
          <ul className="source-list">
            {sources?.map((source) => (
              <li key={source.id}>
                <Link to={sourceHref(source.id)}>{source.title}</Link>
                <span className="muted small">
                  {source.publisher}
                  {source.publishedOn ? ` · ${source.publishedOn}` : ''} · {source.sentences.length} sentences
                </span>
              </li>
            ))}
          </ul>
          <p className="muted small">
            Prefer queries? The <a href="/playground">GraphQL playground</a> has every operation this app uses.
          </p>
        </section>
      </div>
    </div>
  );
}
