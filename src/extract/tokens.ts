import nlp from 'compromise';
import { splitSentences } from '../text/sentences';

/** A word of the article with its place in the text and what compromise's tagger says of it. */
export interface Token {
  /** The word without the punctuation around it ("Tkachenko" of `"Tkachenko,"`). */
  text: string;
  start: number;
  end: number;
  /** Punctuation and spaces before and after the word, as printed. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Index of the token in the whole article, and of its sentence. */
  index: number;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
}

interface TermJson {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * The article split into sentences and words by compromise, whose tagger marks proper nouns,
 * people, places, values and verbs. Its offsets are the text's own (UTF-16), so every span the
 * extractor quotes is sliced from the text itself.
 */
export function tokenize(text: string): Sentence[] {
  const json = nlp(text).json({ offset: true, terms: { offset: true, tags: true } }) as { terms: TermJson[] }[];
  // The sentences are the service's own (text/sentences.ts), where imports locate quotes: a
  // span the extractor quotes lies inside one of them. compromise's words are sorted into them.
  const sentences: Sentence[] = splitSentences(text).map((s, index) => ({
    index,
    start: s.start,
    end: s.end,
    tokens: [],
  }));
  let at = 0;
  let index = 0;
  for (const t of json.flatMap((s) => s.terms)) {
    // compromise splits contractions into terms of no text of their own; they carry no name.
    if (t.text === '') continue;
    const start = t.offset.start;
    const end = start + t.text.length;
    if (text.slice(start, end) !== t.text) continue;
    while (at < sentences.length && sentences[at].end < end) at++;
    if (at === sentences.length) break;
    if (start < sentences[at].start) continue;
    sentences[at].tokens.push({
      text: t.text,
      start,
      end,
      pre: t.pre,
      post: t.post,
      tags: new Set(t.tags),
      index: index++,
      sentence: at,
    });
  }
  return sentences
    .filter((s) => s.tokens.length > 0)
    .map((s, i) => ({ ...s, index: i, tokens: s.tokens.map((t) => ({ ...t, sentence: i })) }));
}
