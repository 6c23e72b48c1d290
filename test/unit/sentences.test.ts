import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { random } from '../../bench/synthetic-graph';
import { splitSentences, splittingSentences } from '../../src/text/sentences';
import { isWhiteSpace } from '../../src/text/white-space';
import { runInSlices } from '../../src/time-slices';
import { referenceSplitSentences } from '../helpers/reference-split-sentences';
import { SEED_DIR } from '../helpers/seeded-store';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps "U.S. President Donald Trump" inside one sentence of the article', () => {
    const text = readFileSync(join(SEED_DIR, 'kyiv-drone-strikes', 'article.txt'), 'utf8');
    const sentences = sentencesOf(text);
    const trump = sentences.filter((s) => s.includes('Donald Trump'));
    expect(trump).toEqual([
      'On a separate note, U.S. President Donald Trump indicated that efforts to manage the escalation of the war are under control, highlighting the importance of maintaining good relationships with both Zelenskyy and President Putin.',
    ]);
    expect(sentences).toContain(
      'Peace talks mediated by the U.S. are scheduled in Saudi Arabia, focusing on a potential ceasefire agreement.',
    );
    expect(sentences[0]).toBe('Russian Drone Strikes in Kyiv Prompt Calls for Action Ahead of Peace Talks');
    expect(sentences.at(-1)).toBe('Original Source: www.aljazeera.com');
    expect(sentences).toHaveLength(22);
  });

  it('ends a sentence after a closing quotation mark', () => {
    expect(sentencesOf('He said, “It is over.” Then he left.')).toEqual(['He said, “It is over.”', 'Then he left.']);
  });

  it('does not end a sentence at a known abbreviation or an initial', () => {
    expect(sentencesOf('Dr. Smith met Sen. J. Doe today. They spoke.')).toEqual([
      'Dr. Smith met Sen. J. Doe today.',
      'They spoke.',
    ]);
  });

  it('ends a sentence at every line break and skips blank lines', () => {
    expect(sentencesOf('Title line\n\nBody one! Body two?\n')).toEqual(['Title line', 'Body one!', 'Body two?']);
  });

  it('gives offsets whose slice is the sentence, trimmed', () => {
    const text = '  First one.   Second one.  ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 12 },
      { start: 15, end: 26 },
    ]);
  });
});

/** Every text the service is known to split: the seeds, the fixtures, the extraction set beside the repository. */
function knownTexts(): [string, string][] {
  const root = join(__dirname, '..', '..');
  const folders = [SEED_DIR, join(root, 'test', 'fixtures'), join(root, '..', 'shared', 'extraction-dev')];
  const files = folders.filter(existsSync).flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(dir, f)),
  );
  return files.map((f) => [f.slice(root.length + 1), readFileSync(f, 'utf8')]);
}

/**
 * Pieces a splitter could get wrong: stops, closers, every kind of white space and line break
 * (and look-alikes that are not white space: NEL, ZWSP, U+180E), abbreviations and initialisms
 * (an upper-case letter outside the BMP among them), words that end in neither.
 */
const PIECES = [
  ...['.', '!', '?', '...', '?!', '."', '.”', '!’', '.)', '.]', "'", ')', '"'],
  ...[' ', ' ', ' ', '\t', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u2029', '\u202f', '\u3000', '\ufeff'],
  ...['\n', '\r\n', '\r', '\n\n', '\u0085', '\u200b', '\u180e'],
  ...['Dr', 'dr', 'Mr', 'Sen', 'St', 'No', 'etc', 'Jan', 'U.S', 'U.N', 'J', 'É', '𝐀', 'ΣΩ', '(Gen', '"Mr', '—Lt'],
  ...['word', 'Word', 'x', 'Kyiv', '42', 'a.b', 'e.g', 'It', 'über'],
];

function syntheticText(seed: number, pieces: number): string {
  const next = random(seed);
  let text = '';
  for (let i = 0; i < pieces; i++) {
    text += PIECES[Math.floor(next() * PIECES.length)];
    if (next() < 0.5) text += ' ';
  }
  return text;
}

describe('splitSentences against the splitter it replaced', () => {
  it.each(knownTexts())('gives the same spans for %s', (_name, text) => {
    expect(splitSentences(text)).toEqual(referenceSplitSentences(text));
  });

  it('gives the same spans for 2,000 synthetic texts of stops, closers, white space and abbreviations', () => {
    const differing: number[] = [];
    for (let seed = 1; seed <= 2_000; seed++) {
      const text = syntheticText(seed, 5 + (seed % 300));
      if (JSON.stringify(splitSentences(text)) !== JSON.stringify(referenceSplitSentences(text))) differing.push(seed);
    }
    expect(differing).toEqual([]);
  });

  it('gives the same spans for edge texts', () => {
    const texts = [
      '',
      ' ',
      '.',
      '. ',
      ' .',
      '\n',
      '\r\n',
      'a.\r\nb',
      'a.\rb',
      'a.\nb',
      'a.\u2028b',
      'a. ',
      'x'.repeat(1000) + '. y',
      'Dr. Who. ',
      '.'.repeat(500) + ' ',
    ];
    for (const text of texts) expect(splitSentences(text)).toEqual(referenceSplitSentences(text));
  });

  it('gives the same spans when it pauses in slices as when it runs at once', async () => {
    const text = syntheticText(7, 60_000);
    expect(await runInSlices(splittingSentences(text), { sliceMs: 0 })).toEqual(splitSentences(text));
  });

  it('splits a megabyte of short sentences on one line in well under a second (the old splitter: minutes)', () => {
    const text = 'Dr. Smith met Sen. J. Doe on the U.S. coast. They spoke! '.repeat(18_000);
    const started = performance.now();
    const spans = splitSentences(text);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(spans).toHaveLength(36_000);
  });
});

describe('isWhiteSpace', () => {
  it('is true for exactly the code units \\s matches and trim strips', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      const expected = /\s/.test(c);
      if (isWhiteSpace(code) !== expected || (c.trim() === '') !== expected) differing.push(code);
    }
    expect(differing).toEqual([]);
  });
});
