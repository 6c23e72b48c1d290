import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
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
  /** `rings`: the focus in the middle, the rest around it; `levels`: left to right by distance from the first focus. */
  layout: 'rings' | 'levels';
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
  {
    selector: 'edge.emphasis',
    style: { width: 3, 'line-color': '#0f172a', 'target-arrow-color': '#0f172a', color: '#0f172a' },
  },
  { selector: 'node:active, node:selected', style: { 'overlay-opacity': 0, 'border-color': '#0f172a' } },
];

/**
 * Columns by distance from `start` (breadth first, either direction), each column centred; rows
 * instead of columns on a narrow screen, where a long path drawn across would be too small to read.
 */
function levelPositions(
  nodes: readonly EntityRef[],
  edges: readonly GraphEdge[],
  start: string | undefined,
  vertical: boolean,
) {
  const neighbors = new Map<string, string[]>();
  for (const { source, target } of edges) {
    neighbors.set(source, [...(neighbors.get(source) ?? []), target]);
    neighbors.set(target, [...(neighbors.get(target) ?? []), source]);
  }
  const level = new Map<string, number>();
  if (start) level.set(start, 0);
  for (const queue = start ? [start] : []; queue.length > 0;) {
    const id = queue.shift()!;
    for (const next of neighbors.get(id) ?? []) {
      if (!level.has(next)) {
        level.set(next, level.get(id)! + 1);
        queue.push(next);
      }
    }
  }
  const columns = new Map<number, string[]>();
  const last = Math.max(0, ...level.values()) + 1;
  for (const { id } of nodes) {
    const column = level.get(id) ?? last;
    columns.set(column, [...(columns.get(column) ?? []), id]);
  }
  const positions: Record<string, { x: number; y: number }> = {};
  for (const [column, ids] of columns) {
    ids.forEach((id, i) => {
      const across = (i - (ids.length - 1) / 2) * (vertical ? 150 : 80);
      positions[id] = vertical ? { x: across, y: column * 90 } : { x: column * 170, y: across };
    });
  }
  return positions;
}

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
      layout === 'rings'
        ? {
            name: 'concentric',
            concentric: (node) => (focused.has(node.id()) ? 2 : 1),
            levelWidth: () => 1,
            minNodeSpacing: 50,
            padding: 24,
            animate: false,
          }
        : {
            name: 'preset',
            positions: levelPositions(nodes, edges, focus[0], (container.current?.clientWidth ?? 0) < 520),
            padding: 24,
            animate: false,
          };
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
    // A small graph would be fitted at a zoom that blows the labels up: keep it at most life-size.
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    }
    cy.on('tap', 'node', (event) => openRef.current((event.target as NodeSingular).id()));
    cy.on('mouseover', 'node', () => container.current?.classList.add('pointing'));
    cy.on('mouseout', 'node', () => container.current?.classList.remove('pointing'));
    window.explorerGraph = cy;
    return () => {
      if (window.explorerGraph === cy) delete window.explorerGraph;
      cy.destroy();
    };
  }, [nodes, edges, focus, emphasis, layout]);

  // A path drawn top to bottom on a phone needs the height a ring of neighbors does not.
  return (
    <div
      ref={container}
      className={layout === 'levels' ? 'graph graph-levels' : 'graph'}
      role="img"
      aria-label={label}
    />
  );
}
