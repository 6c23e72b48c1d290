import { useMemo } from 'react';
import { TYPE_LABELS } from '../entity-types';
import type { DraftGraph } from './draft-graph';
import { draftMarks, markedRuns } from './draft-review';

/**
 * The article as drafted, every quote of the accepted items marked: a name in its type's
 * colour, the words a relation, title or figure stands on underlined. A dropped item's marks go
 * with it, so what is left marked is what the import cites.
 */
export function DraftText({
  text,
  graph,
  nameOf,
}: {
  text: string;
  graph: DraftGraph;
  nameOf: (id: string) => string;
}) {
  const runs = useMemo(() => markedRuns(text, draftMarks(text, graph, nameOf)), [text, graph, nameOf]);
  return (
    <>
      <ul className="legend" aria-label="Marks by type">
        {Object.entries(TYPE_LABELS).map(([type, label]) => (
          <li key={type} className={`type-${type.toLowerCase()}`}>
            <span className="type-dot" aria-hidden="true" />
            {label}
          </li>
        ))}
        <li>
          <span className="draft-evidence-key" aria-hidden="true" />
          Words a title, link or figure stands on
        </li>
      </ul>
      <div
        className="source-text draft-text"
        role="region"
        aria-label="The article as drafted, with what the draft found marked"
        tabIndex={0}
      >
        {runs.map((run) =>
          run.mark === null ? (
            <span key={run.start}>{run.text}</span>
          ) : (
            <mark
              key={run.start}
              className={run.mark.type ? `mention draft-mark type-${run.mark.type.toLowerCase()}` : 'draft-evidence'}
              title={run.mark.label}
            >
              {run.text}
            </mark>
          ),
        )}
      </div>
    </>
  );
}
