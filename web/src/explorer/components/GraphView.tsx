import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { type EntityRef, TYPE_COLORS, humanize } from '../entity-types';

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  predicate: string;
}

interface GraphViewProps {
  nodes: readonly EntityRef[];
  edges: readonly GraphEdge[];
  /** The entity the drawing is about (drawn larger, in the middle or first). */
  focus: readonly string[];
  /** Node and edge ids to draw emphasised, e.g. the shortest path. */
  emphasis?: ReadonlySet<string>;
  layout: 'concentric' | 'breadthfirst';
  onOpen: (id: string) => void;
  label: string;
}

declare global {
  interface Window {
    /** The drawn graph, so browser tests can find where a node is on the canvas. */
    explorerGraph?: Core;
  }
}

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      label: 'data(label)',
      color: '#1f2937',
      'font-family': 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      width: 18,
      height: 18,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.focus', style: { width: 30, height: 30, 'font-size': 13, 'font-weight': 'bold' } },
  { selector: 'node.dim', style: { opacity: 0.35 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#cbd5e1',
      'target-arrow-color': '#cbd5e1',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#64748b',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
    },
  },
  { selector: 'edge.emphasis', style: { width: 3, 'line-color': '#0f172a', 'target-arrow-color': '#0f172a', color: '#0f172a' } },
  { selector: 'node:active, node:selected', style: { 'overlay-opacity': 0, 'border-color': '#0f172a' } },
];

/**
 * A drawn graph (cytoscape.js on a canvas). Clicking or tapping a node opens it; the same
 * entities are listed as links beside the drawing for keyboards and screen readers.
 */
export function GraphView({ nodes, edges, focus, emphasis, layout, onOpen, label }: GraphViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const openRef = useRef(onOpen);
  openRef.current = onOpen;

  useEffect(() => {
    const ids = new Set(nodes.map((n) => n.id));
    const focused = new Set(focus);
    const elements: ElementDefinition[] = [
      ...nodes.map((n) => ({
        data: { id: n.id, label: n.name, color: TYPE_COLORS[n.type] },
        classes: [focused.has(n.id) ? 'focus' : '', emphasis && !emphasis.has(n.id) ? 'dim' : ''].join(' '),
      })),
      ...edges
        .filter((e) => ids.has(e.source) && ids.has(e.target))
        .map((e) => ({
          data: { id: `edge:${e.id}`, source: e.source, target: e.target, label: humanize(e.predicate) },
          classes: emphasis?.has(e.id) ? 'emphasis' : '',
        })),
    ];
    const layoutOptions: LayoutOptions =
      layout === 'concentric'
        ? {
            name: 'concentric',
            concentric: (node) => (focused.has(node.id()) ? 2 : 1),
            levelWidth: () => 1,
            minNodeSpacing: 28,
            animate: false,
          }
        : { name: 'breadthfirst', roots: [...focused].filter((id) => ids.has(id)).slice(0, 1), spacingFactor: 1.1, animate: false };
    const cy = cytoscape({
      container: container.current,
      elements,
      style,
      layout: layoutOptions,
      minZoom: 0.3,
      maxZoom: 2.5,
      wheelSensitivity: 0.2,
      autoungrabify: true,
    });
    cy.on('tap', 'node', (event) => openRef.current(event.target.id()));
    cy.on('mouseover', 'node', () => container.current?.classList.add('pointing'));
    cy.on('mouseout', 'node', () => container.current?.classList.remove('pointing'));
    window.explorerGraph = cy;
    return () => {
      if (window.explorerGraph === cy) delete window.explorerGraph;
      cy.destroy();
    };
  }, [nodes, edges, focus, emphasis, layout]);

  return <div ref={container} className="graph" role="img" aria-label={label} />;
}
