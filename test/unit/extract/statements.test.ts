import { describe, expect, it } from '@jest/globals';
import { EntityType } from '../../../src/domain/entity-type';
import { Predicate } from '../../../src/domain/predicate';
import { StatementKind } from '../../../src/domain/statement-kind';
import { Gazetteer, extractGraph, type DraftEntity, type Extraction } from '../../../src/extract';
import { ARTICLES, QUOTED, QUOTED_WORDS, QUOTE_INTRO, allArticles } from './helpers/articles';
import { devSetTexts } from './helpers/dev-set';
import { idNamed } from './helpers/named';
import { seedGazetteer, seedKnown } from './helpers/seed-known';

/**
 * Issue 17, statements: words in quotation marks, curly or straight, are a STATEMENT of kind
 * QUOTE with exactly one SAID relation from its speaker, found after the quote, before it, or
 * by a pronoun back; a passage with no speaker is no statement, and a warning says so.
 */
const empty = Gazetteer.of([]);

const quotesHolding = (x: Extraction, words: string): DraftEntity[] =>
  x.graph.entities.filter(
    (e) => e.type === EntityType.STATEMENT && e.kind === StatementKind.QUOTE && e.text?.includes(words),
  );
const saidOf = (x: Extraction, statement: string) =>
  x.graph.relations.filter((r) => r.predicate === Predicate.SAID && r.object === statement);

describe('a quoted passage is a QUOTE of its speaker', () => {
  it.each(Object.entries(QUOTED))('with %s', (_way, quote) => {
    const x = extractGraph({ text: `${QUOTE_INTRO} ${quote}` }, empty);
    const prokudin = idNamed(x, [], EntityType.PERSON, /prokudin/);
    const statements = quotesHolding(x, QUOTED_WORDS);
    expect(statements).toHaveLength(1);
    expect(saidOf(x, statements[0].id).map((r) => r.subject)).toEqual([prokudin]);
  });

  it('gives a quotation broken by its attribution to one speaker, as two quotes', () => {
    const text = `${QUOTE_INTRO} “The night was hard for everyone,” Prokudin wrote on Telegram. “But the city is still standing.”`;
    const x = extractGraph({ text }, empty);
    const prokudin = idNamed(x, [], EntityType.PERSON, /prokudin/);
    for (const words of ['The night was hard for everyone', 'But the city is still standing']) {
      const statements = quotesHolding(x, words);
      expect(statements).toHaveLength(1);
      expect(saidOf(x, statements[0].id).map((r) => r.subject)).toEqual([prokudin]);
    }
  });

  it('takes the name after the quote over one before it', () => {
    const text =
      'Oleksandr Prokudin stood beside Ihor Klymenko outside the hospital. “We need more generators,” Klymenko said.';
    const x = extractGraph({ text }, empty);
    const [statement] = quotesHolding(x, 'We need more generators');
    expect(saidOf(x, statement?.id).map((r) => r.subject)).toEqual([idNamed(x, [], EntityType.PERSON, /klymenko/)]);
  });

  it('takes the pronoun back to the last person named, not to an earlier one', () => {
    const text =
      'Kherson Governor Oleksandr Prokudin met Ihor Klymenko, the interior minister, at the damaged hospital. ' +
      'Klymenko spoke to the doctors. “We will send more rescuers to the city,” he said.';
    const x = extractGraph({ text }, empty);
    const [statement] = quotesHolding(x, 'We will send more rescuers');
    expect(saidOf(x, statement?.id).map((r) => r.subject)).toEqual([idNamed(x, [], EntityType.PERSON, /klymenko/)]);
  });
});

describe('a passage with no speaker', () => {
  const x = extractGraph({ text: ARTICLES.quoteWithNoSpeaker }, empty);

  it('is no statement', () => {
    expect(
      x.graph.entities.filter((e) => e.type === EntityType.STATEMENT && e.text?.includes('Open again tomorrow')),
    ).toEqual([]);
  });

  it('gives a warning the same text without the quotation marks does not', () => {
    const unquoted = extractGraph({ text: ARTICLES.quoteWithNoSpeaker.replace(/"/g, '') }, empty);
    expect(x.warnings.length).toBeGreaterThan(unquoted.warnings.length);
  });
});

describe('every statement of a draft', () => {
  const known = seedKnown();
  const stored = new Set(known.map((k) => k.id));

  it.each([...devSetTexts(), ...allArticles()])(
    'has exactly one SAID, from a person, body or place, in the draft of %s',
    (_name, text) => {
      const x = extractGraph({ text }, seedGazetteer());
      const speakers = new Set([
        ...x.graph.entities
          .filter((e) => [EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION].includes(e.type))
          .map((e) => e.id),
        ...stored,
      ]);
      const statements = x.graph.entities.filter((e) => e.type === EntityType.STATEMENT);
      expect(statements.filter((s) => saidOf(x, s.id).length !== 1).map((s) => s.id)).toEqual([]);
      expect(x.graph.relations.filter((r) => r.predicate === Predicate.SAID && !speakers.has(r.subject))).toEqual([]);
      expect(statements.filter((s) => typeof s.text !== 'string' || s.text.length === 0)).toEqual([]);
    },
  );
});
