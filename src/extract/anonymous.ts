import { EntityType } from '../domain/entity-type';
import type { Mention } from './mention';
import type { Sentence } from './tokens';

/**
 * People the text does not name, who still speak: "a senior Ukrainian official", "a source
 * familiar with the talks", "a Ukrainian official involved in the process". An indefinite
 * article, words that describe, a noun for someone, and what they are familiar with or
 * involved in, up to the clause's end. Later "the source said" is the same person.
 */
const ANONYMOUS = new RegExp(
  String.raw`\b[Aa]n? ((?:(?:senior|top|high-ranking|junior|local|regional|western|military|government|security|diplomatic|intelligence|defence|defense|foreign|[A-Z][a-z]+(?:ian|ese|an|i|ish|ch))\s)*` +
    String.raw`(?:official|source|diplomat|officer|person|commander|negotiator|insider|adviser|aide)` +
    String.raw`(?: (?:familiar with|involved in|close to|with knowledge of|briefed on|who took part in) (?:the |a )?[a-z][a-z -]*?)?)(?=[,.;:]| who| said| told| speaking)`,
  'g',
);

export function scanAnonymous(text: string, sentences: readonly Sentence[]): Mention[] {
  const found: Mention[] = [];
  for (const s of sentences) {
    const part = text.slice(s.start, s.end);
    for (const m of part.matchAll(ANONYMOUS)) {
      const start = s.start + m.index;
      const name = m[1].charAt(0).toUpperCase() + m[1].slice(1);
      found.push({
        type: EntityType.PERSON,
        start,
        end: start + m[0].length,
        name,
        anonymous: true,
        rule: 'unnamed person',
        confidence: 0.6,
      });
    }
  }
  return found;
}
