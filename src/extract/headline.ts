import { entityKey } from './gazetteer';
import type { Gazetteer } from './gazetteer';
import type { Mention } from './mention';
import type { Sentence } from './tokens';

/** Share of a headline's longer words that are capitalized from which it is written in title case. */
const TITLE_CASE = 0.6;

/**
 * A headline in title case ("Russian Drone Strikes in Kyiv Prompt Calls for Action") capitalizes
 * every word, so its capitals name nothing by themselves: a name found only there stays when
 * the body prints it too, the graph or the gazetteer knows it, or it is a demonym.
 */
export function withoutTitleCaseNames(
  text: string,
  sentences: readonly Sentence[],
  mentions: Mention[],
  gazetteer: Gazetteer,
): Mention[] {
  const headline = sentences[0];
  if (!headline || text[headline.end] === undefined || !/^\s*\n/.test(text.slice(headline.end))) return mentions;
  const words = headline.tokens.slice(1).filter((t) => /^\p{L}{4,}$/u.test(t.text));
  if (words.length < 3 || words.filter((t) => /^\p{Lu}/u.test(t.text)).length < TITLE_CASE * words.length)
    return mentions;
  const body = text.slice(headline.end);
  const bodyKeys = new Set(
    mentions.filter((m) => m.start >= headline.end).map((m) => entityKey(m.type, m.name, gazetteer.geo)),
  );
  return mentions.filter((m) => {
    if (m.start >= headline.end) return true;
    const printed = text.slice(m.start, m.end);
    return (
      body.includes(printed) ||
      bodyKeys.has(entityKey(m.type, m.name, gazetteer.geo)) ||
      gazetteer.find(m.type, m.name).length > 0 ||
      ['geographic gazetteer', 'demonym', 'stored place', 'dateline'].includes(m.rule)
    );
  });
}
