import { useMemo } from 'react';
import { type LineMark, MarkedLines } from '../components/MarkedLines';
import { PROBLEM_LABELS, type PlacedProblem, describePath } from './import-problems';

const jsonAnchor = (n: number) => `problem-${n}-graph`;
const textAnchor = (n: number, i: number) => `problem-${n}-text-${i}`;

/** Scrolls to a mark and gives it focus, so the keyboard is where the eye is. */
function jumpTo(anchor: string) {
  const target = document.getElementById(anchor);
  if (!target) return;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.focus({ preventScroll: true });
}

/** Where to go when a problem is chosen: its mark in the JSON, its first place in the text, or its form field. */
function firstPlace(p: PlacedProblem): string | null {
  if (p.inGraph) return jsonAnchor(p.number);
  if (p.inText.length > 0) return textAnchor(p.number, 0);
  return null;
}

/**
 * A refused import: every problem listed, numbered, and marked with the same number where it
 * is in the graph JSON as sent (and, for a quote found more than once, at each place in the text).
 */
export function ImportProblems({
  problems,
  graphText,
  text,
}: {
  problems: PlacedProblem[];
  graphText: string;
  text: string;
}) {
  const graphMarks = useMemo<LineMark[]>(
    () =>
      problems.flatMap((p) => (p.inGraph ? [{ ...p.inGraph, number: p.number, anchor: jsonAnchor(p.number) }] : [])),
    [problems],
  );
  const textMarks = useMemo<LineMark[]>(
    () =>
      problems.flatMap((p) =>
        p.inText.map((range, i) => ({ ...range, number: p.number, anchor: textAnchor(p.number, i) })),
      ),
    [problems],
  );
  return (
    <section className="card outcome outcome-refused" aria-labelledby="outcome-title">
      <h2 id="outcome-title">
        {problems.length === 1 ? 'One problem' : `${problems.length} problems`}: nothing was stored
      </h2>
      <p className="muted small">
        Fix them in the form above and add the article again. Choose a problem to see where it is.
      </p>
      <ol className="problem-list" aria-label="Problems">
        {problems.map((p) => {
          const place = firstPlace(p);
          const body = (
            <>
              <span className="problem-number" aria-hidden="true">
                {p.number}
              </span>
              <span className="problem-body">
                <span className="problem-code">{PROBLEM_LABELS[p.error.code]}</span>
                <span className="problem-message">{p.error.message}</span>
                <span className="problem-path">{describePath(p.error.field)}</span>
              </span>
            </>
          );
          return (
            <li key={p.number}>
              {place ? (
                <button type="button" className="problem" onClick={() => jumpTo(place)}>
                  {body}
                </button>
              ) : p.sourceField ? (
                <button
                  type="button"
                  className="problem"
                  onClick={() => document.querySelector<HTMLInputElement>(`input[name="${p.sourceField}"]`)?.focus()}
                >
                  {body}
                </button>
              ) : (
                <div className="problem">{body}</div>
              )}
            </li>
          );
        })}
      </ol>
      {graphMarks.length > 0 && (
        <>
          <h3 className="review-title">Graph JSON as sent</h3>
          <MarkedLines
            text={graphText}
            marks={graphMarks}
            label="The graph JSON as sent, with the problems marked"
            className="json-review"
          />
        </>
      )}
      {textMarks.length > 0 && (
        <>
          <h3 className="review-title">Article text as sent</h3>
          <MarkedLines
            text={text}
            marks={textMarks}
            label="The article text as sent, with the quotes found more than once marked"
            className="text-review"
          />
        </>
      )}
    </section>
  );
}
