import type { ReactNode } from 'react';
import type { TextRange } from '../json-locate';

/** A range to mark, numbered like the problem it belongs to; `anchor` is the id the problem list scrolls to. */
export interface LineMark extends TextRange {
  number: number;
  anchor: string;
}

interface Props {
  text: string;
  marks: readonly LineMark[];
  label: string;
  className?: string;
}

/**
 * A text shown line by line with numbers, its marked ranges highlighted and numbered, and each
 * marked line flagged in the gutter: the place of a problem is visible without reading the path.
 */
export function MarkedLines({ text, marks, label, className = '' }: Props) {
  const rows: ReactNode[] = [];
  let lineStart = 0;
  const lines = text.split('\n');
  // A text that ends with a line break has no line after it, as an editor shows it.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, index) => {
    const start = lineStart;
    const end = start + line.length;
    lineStart = end + 1;
    // An empty mark (a syntax error at the end of a line) still covers the character after it.
    const covering = marks.filter((m) => m.start <= end && Math.max(m.end, m.start + 1) > start);
    rows.push(
      <div key={index} className={covering.length > 0 ? 'line line-marked' : 'line'}>
        <span className="line-number" aria-hidden="true">
          {index + 1}
        </span>
        <span className="line-text">{pieces(text, start, end, covering)}</span>
      </div>,
    );
  });
  return (
    <div className={`marked-lines ${className}`} role="region" aria-label={label} tabIndex={0}>
      {rows}
    </div>
  );
}

/** One line cut at every mark boundary; a mark that starts here gets its anchor and number. */
function pieces(text: string, start: number, end: number, marks: readonly LineMark[]): ReactNode[] {
  const cuts = new Set([start, end]);
  for (const m of marks) {
    if (m.start > start && m.start < end) cuts.add(m.start);
    if (m.end > start && m.end < end) cuts.add(m.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: ReactNode[] = [];
  for (const m of marks) {
    if (m.start >= start && m.start <= end && sorted[0] === m.start) out.push(anchor(m));
  }
  for (let i = 0; i < sorted.length - 1; i++) {
    const [from, to] = [sorted[i], sorted[i + 1]];
    if (i > 0) for (const m of marks) if (m.start === from) out.push(anchor(m));
    const inside = marks.some((m) => m.start <= from && m.end >= to && m.end > m.start);
    const piece = text.slice(from, to);
    out.push(
      inside ? (
        <mark key={`p${from}`} className="problem-mark">
          {piece}
        </mark>
      ) : (
        <span key={`p${from}`}>{piece}</span>
      ),
    );
  }
  // Marks that start at the very end of a line (or of the text): their anchor closes the line.
  for (const m of marks) if (m.start === end && sorted.length > 1) out.push(anchor(m));
  return out;
}

const anchor = (m: LineMark) => (
  <span key={`a${m.anchor}`} id={m.anchor} className="mark-number" tabIndex={-1} aria-label={`Problem ${m.number}`}>
    {m.number}
  </span>
);
