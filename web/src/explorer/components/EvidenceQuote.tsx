import type { EvidenceFieldsFragment } from '../../../../graph/generated/graphql';
import { Link, sourceHref } from '../router';

/** The sentence a fact stands in, with the quoted words highlighted, and where it is in its source. */
export function EvidenceQuote({ evidence }: { evidence: EvidenceFieldsFragment }) {
  const { sentence } = evidence;
  // Offsets are into the source's text; the sentence starts at sentence.start in it.
  const from = evidence.start - sentence.start;
  const to = evidence.end - sentence.start;
  const inside = from >= 0 && to <= sentence.text.length && sentence.text.slice(from, to) === evidence.quote;
  return (
    <figure className="evidence">
      <blockquote>
        {inside ? (
          <>
            {sentence.text.slice(0, from)}
            <mark className="quote">{evidence.quote}</mark>
            {sentence.text.slice(to)}
          </>
        ) : (
          <mark className="quote">{evidence.quote}</mark>
        )}
      </blockquote>
      <figcaption>
        <Link to={sourceHref(evidence.source.id, evidence)}>{evidence.source.title}</Link>
        <span className="muted"> · sentence {sentence.index + 1}</span>
      </figcaption>
    </figure>
  );
}
