import { useId, useState } from 'react';
import type { EvidenceFieldsFragment } from '../../../../graph/generated/graphql';
import { EvidenceQuote } from './EvidenceQuote';

/** A fact's evidence behind a button: the sentences open below it, with the quotes highlighted. */
export function EvidenceToggle({ evidence }: { evidence: readonly EvidenceFieldsFragment[] }) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  if (evidence.length === 0) return null;
  return (
    <>
      <button
        type="button"
        className="evidence-toggle"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide evidence' : `Evidence${evidence.length > 1 ? ` (${evidence.length})` : ''}`}
      </button>
      {open && (
        <div id={panel} className="evidence-panel">
          {evidence.map((e) => (
            <EvidenceQuote key={`${e.source.id}:${e.start}`} evidence={e} />
          ))}
        </div>
      )}
    </>
  );
}
