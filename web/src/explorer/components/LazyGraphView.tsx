import { type ComponentProps, Suspense, lazy } from 'react';
import type { GraphView as EagerGraphView } from './GraphView';

/** cytoscape.js is the largest part of the explorer and only the drawings need it: load it with the first one. */
const GraphView = lazy(() => import('./GraphView').then((module) => ({ default: module.GraphView })));

export function LazyGraphView(props: ComponentProps<typeof EagerGraphView>) {
  return (
    <Suspense fallback={<div className="graph" aria-busy="true" aria-label={props.label} />}>
      <GraphView {...props} />
    </Suspense>
  );
}
