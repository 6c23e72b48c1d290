import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { EntityNeighborhoodDocument } from '../../../../graph/generated/graphql';
import type { GraphEdge } from '../components/GraphView';
import { LazyGraphView } from '../components/LazyGraphView';
import { ErrorNote, Loading } from '../components/Status';
import { entityHref, navigate } from '../router';

/** The entities around one, drawn: one or two relations away. Clicking a node opens it. */
export function Neighborhood({ id }: { id: string }) {
  const [depth, setDepth] = useState(1);
  const { data, error } = useQuery(EntityNeighborhoodDocument, { variables: { id, depth } });
  const entity = data?.entity;
  const graph = useMemo(() => {
    if (!entity) return null;
    const nodes = [entity, ...entity.neighborhood.map((n) => n.entity)];
    const edges: GraphEdge[] = entity.neighborhood.map(({ via }) => ({
      id: via.id,
      source: via.subject.id,
      target: via.object.id,
      predicate: via.predicate,
    }));
    return { nodes, edges, focus: [entity.id] };
  }, [entity]);

  return (
    <>
      <div className="segmented" role="group" aria-label="How far to look">
        {[1, 2].map((d) => (
          <button key={d} type="button" aria-pressed={depth === d} onClick={() => setDepth(d)}>
            {d === 1 ? 'Direct links' : 'Two steps'}
          </button>
        ))}
      </div>
      {error && <ErrorNote error={error} />}
      {!graph && !error && <Loading what="the neighborhood" />}
      {graph && (
        <>
          <LazyGraphView
            nodes={graph.nodes}
            edges={graph.edges}
            focus={graph.focus}
            layout="rings"
            onOpen={(node) => node !== id && navigate(entityHref(node))}
            label={`${entity?.name} and the ${graph.nodes.length - 1} entities around it; they are listed as links under Relations`}
          />
          <p className="muted small">
            {graph.nodes.length - 1} entities within {depth === 1 ? 'one relation' : 'two relations'}. Click a dot to
            open it.
          </p>
        </>
      )}
    </>
  );
}
