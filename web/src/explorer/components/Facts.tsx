import type { ReactNode } from 'react';

/** One labelled fact of an entity; rows with nothing to show are left out. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Facts({ children }: { children: ReactNode }) {
  return <dl className="facts">{children}</dl>;
}

/** "Not stated" where the source does not say: the graph never fills a gap with a guess. */
export const NotStated = () => <span className="muted">not stated in the source</span>;
