import type { EntityType, ImportSourceMutation } from '../../../../graph/generated/graphql';
import { EntityLinks } from '../components/EntityLink';
import { type EntityRef, TYPE_LABELS } from '../entity-types';
import { Link, sourceHref } from '../router';

type Payload = NonNullable<ImportSourceMutation['importSource']>;

/** The entities the sent graph gives, read defensively: the service has accepted it, but the page only knows it as JSON. */
function sentEntities(graph: unknown): EntityRef[] {
  const entities = (graph as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(entities)) return [];
  return entities.flatMap((e: { id?: unknown; type?: unknown; name?: unknown }) =>
    typeof e.id === 'string' && typeof e.type === 'string' && e.type in TYPE_LABELS
      ? [{ id: e.id, type: e.type as EntityType, name: typeof e.name === 'string' ? e.name : e.id }]
      : [],
  );
}

const count = (graph: unknown, list: string) => {
  const items = (graph as Record<string, unknown> | null)?.[list];
  return Array.isArray(items) ? items.length : 0;
};

/** What an accepted import did: the source stored (or found stored already), new and grown entities, linked. */
export function ImportSuccess({ payload, graph }: { payload: Payload; graph: unknown }) {
  const source = payload.source;
  const entities = sentEntities(graph);
  const merged = new Set(payload.merged);
  const fresh = entities.filter((e) => !merged.has(e.id));
  const grown = payload.merged
    .map((id) => entities.find((e) => e.id === id) ?? null)
    .filter((e): e is EntityRef => e !== null);
  return (
    <section className="card outcome outcome-ok" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{payload.created ? 'The article is in the graph' : 'Already stored: nothing changed'}</h2>
      {source && (
        <p>
          <Link to={sourceHref(source.id)} className="outcome-source">
            {source.title}
          </Link>{' '}
          <span className="muted small">· {source.id}</span>
        </p>
      )}
      {payload.created && (
        <>
          <ul className="stat-row outcome-counts">
            <li className="stat">
              <span className="stat-count">{fresh.length}</span>
              <span className="stat-label">new {fresh.length === 1 ? 'entity' : 'entities'}</span>
            </li>
            <li className="stat">
              <span className="stat-count">{payload.merged.length}</span>
              <span className="stat-label">grown</span>
            </li>
            <li className="stat">
              <span className="stat-count">{count(graph, 'relations')}</span>
              <span className="stat-label">{count(graph, 'relations') === 1 ? 'relation' : 'relations'}</span>
            </li>
            <li className="stat">
              <span className="stat-count">{count(graph, 'figures')}</span>
              <span className="stat-label">{count(graph, 'figures') === 1 ? 'figure' : 'figures'}</span>
            </li>
          </ul>
          <dl className="facts">
            <div className="fact">
              <dt>New in the graph</dt>
              <dd>
                <EntityLinks entities={fresh} />
              </dd>
            </div>
            <div className="fact">
              <dt>Already there, now also cited here</dt>
              <dd>
                <EntityLinks entities={grown} />
              </dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
