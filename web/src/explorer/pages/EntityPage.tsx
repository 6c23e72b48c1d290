import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { EntityPageDocument } from '../../../../graph/generated/graphql';
import { EvidenceQuote } from '../components/EvidenceQuote';
import { ErrorNote, Loading } from '../components/Status';
import { TypeBadge } from '../components/TypeBadge';
import { Link, pathHref, sourceHref } from '../router';
import { usePageTitle } from '../use-page-title';
import { EntityFacts } from './EntityFacts';
import { FiguresTable } from './FiguresTable';
import { Neighborhood } from './Neighborhood';
import { NotFoundPage } from './NotFoundPage';
import { RelationsList } from './RelationsList';

const MENTIONS_SHOWN = 3;

/** One entity: its typed facts, its figures, its cited relations, the graph around it, and where sources name it. */
export function EntityPage({ id }: { id: string }) {
  const { data, error } = useQuery(EntityPageDocument, { variables: { id } });
  const [allMentions, setAllMentions] = useState(false);
  const entity = data?.entity;
  usePageTitle(entity?.name ?? null);
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading what="the entity" />;
  if (!entity) return <NotFoundPage what={`No entity has the id “${id}”.`} />;

  const mentions = allMentions ? entity.mentions : entity.mentions.slice(0, MENTIONS_SHOWN);
  const firstSource = entity.mentions[0]?.source;
  return (
    <article className="entity-page">
      <header className={`entity-header type-${entity.type.toLowerCase()}`}>
        <TypeBadge type={entity.type} />
        <h1 id="page-title" tabIndex={-1}>
          {entity.name}
        </h1>
        {entity.aliases.length > 0 && (
          <p className="aliases">
            <span className="muted">Also called </span>
            {entity.aliases.map((alias, i) => (
              <span key={alias}>
                {i > 0 && ', '}
                <em>{alias}</em>
              </span>
            ))}
          </p>
        )}
        {entity.description && <p className="description">{entity.description}</p>}
        <nav className="entity-actions" aria-label="About this entity">
          <Link to={pathHref(entity.id, null)} className="button">
            How is it connected to…
          </Link>
          {firstSource && (
            <Link to={sourceHref(firstSource.id)} className="button button-quiet">
              Read the source
            </Link>
          )}
        </nav>
      </header>

      <div className="entity-grid">
        <div className="entity-main">
          <section className="card" aria-labelledby="facts-title">
            <h2 id="facts-title">Facts</h2>
            <EntityFacts entity={entity} />
          </section>
          {entity.__typename === 'Attack' && (
            <section className="card" aria-labelledby="figures-title">
              <h2 id="figures-title">Reported figures</h2>
              <p className="muted small">Each number as its reporter gave it, side by side.</p>
              <FiguresTable attack={entity} />
            </section>
          )}
          <section className="card" aria-labelledby="relations-title">
            <h2 id="relations-title">Relations</h2>
            <RelationsList id={entity.id} />
          </section>
        </div>
        <aside className="entity-side">
          <section className="card" aria-labelledby="graph-title">
            <h2 id="graph-title">Neighborhood</h2>
            <Neighborhood id={entity.id} />
          </section>
          <section className="card" aria-labelledby="mentions-title">
            <h2 id="mentions-title">Mentions</h2>
            {entity.mentions.length === 0 && <p className="muted">No source names it directly.</p>}
            {mentions.map((mention) => (
              <EvidenceQuote key={`${mention.source.id}:${mention.start}`} evidence={mention} />
            ))}
            {entity.mentions.length > MENTIONS_SHOWN && (
              <button type="button" className="link-button" onClick={() => setAllMentions(!allMentions)}>
                {allMentions ? 'Show fewer' : `Show all ${entity.mentions.length} mentions`}
              </button>
            )}
          </section>
        </aside>
      </div>
    </article>
  );
}
