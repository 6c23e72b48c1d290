import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { splitSentences } from '../../src/text/sentences';
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
    expect(sentencesOf('Dr. Smith met Sen. J. Doe today. They spoke.')).toEqual(['Dr. Smith met Sen. J. Doe today.', 'They spoke.']);
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
