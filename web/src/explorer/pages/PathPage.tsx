import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { PathsDocument, type PathsQuery } from '../../../../graph/generated/graphql';
import { EntityLink } from '../components/EntityLink';
import { EntityPicker } from '../components/EntityPicker';
import type { GraphEdge } from '../components/GraphView';
import { LazyGraphView } from '../components/LazyGraphView';
import { ErrorNote, Loading } from '../components/Status';
import { type EntityRef, humanize } from '../entity-types';
import { entityHref, navigate, pathHref } from '../router';
import { usePageTitle } from '../use-page-title';

type Path = PathsQuery['paths'][number];

/** "How is A connected to B": the shortest chains of cited relations, drawn and spelled out. */
export function PathPage({ from, to }: { from: string | null; to: string | null }) {
  usePageTitle('How are they connected?');
  return (
    <article className="path-page">
      <header className="page-header">
        <h1 id="page-title" tabIndex={-1}>
          How are they connected?
        </h1>
        <p className="muted">The shortest chains of cited relations between two entities, walked either way.</p>
      </header>
      <div className="card pickers">
        <EntityPicker label="From" id={from} onPick={(e) => navigate(pathHref(e.id, to), { replace: true })} />
        <button
          type="button"
          className="swap"
          aria-label="Swap the two entities"
          disabled={!from && !to}
          onClick={() => navigate(pathHref(to, from), { replace: true })}
        >
          ⇄
        </button>
        <EntityPicker label="To" id={to} onPick={(e) => navigate(pathHref(from, e.id), { replace: true })} />
      </div>
      {from && to && <PathResults from={from} to={to} />}
    </article>
  );
}

function PathResults({ from, to }: { from: string; to: string }) {
  const { data, error } = useQuery(PathsDocument, { variables: { from, to, first: 3, maxDepth: 6 } });
  const graph = useMemo(() => (data ? drawable(data.paths) : null), [data]);
  const ends = useMemo(() => [from, to], [from, to]);
  if (error) return <ErrorNote error={error} />;
  if (!data || !graph) return <Loading what="paths" />;
  if (data.paths.length === 0) return <p className="card">No chain of relations joins them within six steps.</p>;
  return (
    <>
      <section className="card" aria-labelledby="paths-graph-title">
        <h2 id="paths-graph-title">
          {data.paths.length === 1 ? 'One path' : `${data.paths.length} shortest paths`}, {data.paths[0].length} steps
          at the shortest
        </h2>
        <LazyGraphView
          nodes={graph.nodes}
          edges={graph.edges}
          focus={ends}
          emphasis={graph.shortest}
          layout="levels"
          onOpen={(id) => navigate(entityHref(id))}
          label="The paths drawn as a graph; each path is spelled out below"
        />
      </section>
      {data.paths.map((path, i) => (
        <section key={i} className="card" aria-label={`Path ${i + 1}`}>
          <h2>
            Path {i + 1} <span className="muted small">· {path.length} steps</span>
          </h2>
          <PathSteps path={path} />
        </section>
      ))}
    </>
  );
}

/** Each step as "A —predicate→ B", with the direction the relation reads and its quote. */
function PathSteps({ path }: { path: Path }) {
  return (
    <ol className="path-steps">
      {path.steps.map((step, i) => {
        const previous = i > 0 ? path.steps[i - 1].entity.id : null;
        const forward = step.via && step.via.subject.id === previous;
        return (
          <li key={step.entity.id}>
            {step.via && (
              <div className="path-via">
                <span className="predicate">
                  {forward ? '' : '← '}
                  {humanize(step.via.predicate)}
                  {step.via.role ? ` (${step.via.role})` : ''}
                  {forward ? ' →' : ''}
                </span>
                {step.via.evidence[0] && <q className="path-quote">{step.via.evidence[0].quote}</q>}
              </div>
            )}
            <EntityLink entity={step.entity} />
          </li>
        );
      })}
    </ol>
  );
}

function drawable(paths: readonly Path[]) {
  const nodes = new Map<string, EntityRef>();
  const edges = new Map<string, GraphEdge>();
  for (const path of paths) {
    for (const step of path.steps) {
      nodes.set(step.entity.id, step.entity);
      if (step.via)
        edges.set(step.via.id, {
          id: step.via.id,
          source: step.via.subject.id,
          target: step.via.object.id,
          predicate: step.via.predicate,
        });
    }
  }
  const shortest = new Set<string>();
  for (const step of paths[0]?.steps ?? []) {
    shortest.add(step.entity.id);
    if (step.via) shortest.add(step.via.id);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], shortest };
}
