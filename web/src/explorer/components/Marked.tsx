/**
 * Text in which the service wrapped matched words in `<mark>…</mark>`. Only those two tags are
 * read; everything else stays text (React escapes it), so a snippet can never inject markup.
 */
export function Marked({ text }: { text: string }) {
  const parts = text.split(/<mark>|<\/mark>/);
  // split alternates outside/inside: odd parts were between <mark> and </mark>.
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</>;
}
