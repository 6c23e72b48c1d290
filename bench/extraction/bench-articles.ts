import { splitSentences } from '../../src/text/sentences';

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
const wordCount = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;

/**
 * One article of about `words` words per text: its headline and paragraphs, then the next
 * texts' paragraphs (headlines left out) until the count is reached, the last paragraph cut at
 * the first sentence end past it. News prose of the set's own kind, at the length asked for.
 */
export function benchArticles(texts: readonly string[], words: number): string[] {
  const bodies = texts.map((t) => paragraphsOf(t).slice(1));
  if (bodies.every((b) => b.length === 0)) throw new Error('no paragraphs to build articles of');
  return texts.map((text, k) => {
    const [headline] = paragraphsOf(text);
    const out = [headline];
    let count = wordCount(headline);
    for (let j = k; count < words; j++) {
      for (const paragraph of bodies[j % texts.length]) {
        if (count >= words) break;
        const n = wordCount(paragraph);
        if (count + n <= words) {
          out.push(paragraph);
          count += n;
          continue;
        }
        let cut = 0;
        for (const s of splitSentences(paragraph)) {
          cut = s.end;
          count += wordCount(paragraph.slice(s.start, s.end));
          if (count >= words) break;
        }
        out.push(paragraph.slice(0, cut));
        break;
      }
    }
    return `${out.join('\n\n')}\n`;
  });
}
