import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { FigureMetric } from '../../src/domain/figure-metric';
import { Weapon } from '../../src/domain/weapon';
import { PROJECT_ROOT } from '../../src/paths';
import { SeedSource } from '../../src/seed/seed-file';
import { fold } from '../../src/text/fold';
import { splitSentences } from '../../src/text/sentences';
import { alternatives } from '../../bench/extraction/patterns';

/**
 * The extractor's development set (test/fixtures/extraction/, format and rules in its LABELS.md)
 * held against its own texts and the stored Kyiv seed: a label the scorer reads must be one a
 * perfect extractor of that text could meet, or precision and recall measure the labels.
 */

const DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'extraction');
const SEED_GRAPH = join(PROJECT_ROOT, 'seed', 'kyiv-drone-strikes', 'graph.json');

/** Converted articles keep the text they were converted from, byte for byte. */
const CONVERTED_FROM: Record<string, string> = {
  'kyiv-seed': join(PROJECT_ROOT, 'seed', 'kyiv-drone-strikes', 'article.txt'),
  'riyadh-follow-up': join(PROJECT_ROOT, 'test', 'fixtures', 'riyadh-follow-up', 'article.txt'),
};

const NAMED_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION'] as const;
type NamedType = (typeof NAMED_TYPES)[number];

interface LabelEntity {
  type: NamedType;
  name: string;
  match: string[];
  existing: string | null;
  optional: boolean;
}

interface Labels {
  source: Record<string, unknown>;
  entities: LabelEntity[];
  figures: { metric: FigureMetric; value: number; reportedBy: string | null; quote: string; optional?: boolean }[];
  quotes: { speaker: string; text: string; optional?: boolean }[];
  positions: { person: string; title: string; of: string | null; optional?: boolean }[];
  attacks: { weapon: Weapon; perpetrator: string | null; targets: string[]; optional?: boolean }[];
  negotiations: { venue: string | null; mediators: string[]; parties: string[]; optional?: boolean }[];
}

type ListName = Exclude<keyof Labels, 'source'>;

type Field = (value: unknown) => boolean;
const words: Field = (v) => typeof v === 'string' && v.trim() !== '';
const wordsOrNull: Field = (v) => v === null || words(v);
const list: Field = (v) => Array.isArray(v) && v.every(words);
const filledList: Field = (v) => list(v) && (v as unknown[]).length > 0;
const flag: Field = (v) => typeof v === 'boolean';
const count: Field = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const oneOf =
  (values: readonly string[]): Field =>
  (v) =>
    typeof v === 'string' && values.includes(v);

/** Each list's fields as LABELS.md gives them; any item may also say `optional`, an entity must. */
const SHAPES: Record<ListName, Record<string, Field>> = {
  entities: { type: oneOf(NAMED_TYPES), name: words, match: filledList, existing: wordsOrNull, optional: flag },
  figures: { metric: oneOf(Object.values(FigureMetric)), value: count, reportedBy: wordsOrNull, quote: words },
  quotes: { speaker: words, text: words },
  positions: { person: words, title: words, of: wordsOrNull },
  attacks: { weapon: oneOf(Object.values(Weapon)), perpetrator: wordsOrNull, targets: list },
  negotiations: { venue: wordsOrNull, mediators: list, parties: list },
};
const LISTS = Object.keys(SHAPES) as ListName[];

/** Which entities a pattern field may name; `null` is any type. */
const PATTERN_FIELDS: { list: ListName; field: string; types: NamedType[] | null }[] = [
  { list: 'figures', field: 'reportedBy', types: null },
  { list: 'quotes', field: 'speaker', types: null },
  { list: 'positions', field: 'person', types: ['PERSON'] },
  { list: 'positions', field: 'of', types: null },
  { list: 'attacks', field: 'perpetrator', types: ['LOCATION', 'ORGANIZATION'] },
  { list: 'attacks', field: 'targets', types: ['LOCATION'] },
  { list: 'negotiations', field: 'venue', types: ['LOCATION'] },
  { list: 'negotiations', field: 'mediators', types: null },
  { list: 'negotiations', field: 'parties', types: null },
];

/** What figures are counted in: a sentence giving a number of a metric uses one of these words. */
const METRIC_WORDS: Record<FigureMetric, RegExp> = {
  [FigureMetric.KILLED]: /kill|dead|died|death|lives|life|fatal|toll|bodies/,
  [FigureMetric.INJURED]: /injur|wound|hurt|hospital|treat|casualt/,
  [FigureMetric.LAUNCHED]: /launch|sent|fire|attack|used/,
  [FigureMetric.INTERCEPTED]: /down|destr|intercept|neutrali|repel/,
  [FigureMetric.FAILED_TO_REACH_TARGET]: /radar|reach|decoy|jamm|lost|electronic|suppress|astray/,
};

/** Numbers in words, as figures print them ("two dead", "Forty-three people"). */
const UNITS = [
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
];
const TENS = ['', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

interface Article {
  id: string;
  text: string;
  labels: Labels;
}

interface StoredEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
}

function readArticles(): Article[] {
  const ids = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  return ids.map((id) => ({
    id,
    text: readFileSync(join(DIR, `${id}.txt`), 'utf8'),
    labels: JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8')) as Labels,
  }));
}

const regex = (source: string) => new RegExp(source, 'i');
const fits = (fragment: string, name: string) => regex(fragment).test(fold(name));

/** Where a fragment is searched in the running text, its anchors (made for whole names) become word edges. */
const inText = (fragment: string) => regex(fragment.replace(/^\^/, '\\b').replace(/(?<!\\)\$$/, '\\b'));

/** Why a regular expression is unusable as a fragment or an alternative, or null. */
function regexProblem(source: string): string | null {
  try {
    // The scorer may compile with or without the `u` flag: both must accept it.
    new RegExp(source, 'iu');
    if (regex(source).test('')) return 'matches the empty string, so it fits every name';
  } catch (e) {
    return (e as Error).message;
  }
  if (/[A-Z]/.test(source.replace(/\\./g, ''))) return 'is not lowercase';
  return null;
}

/** The entities an alternative names: one whose fragments repeat it, or whose name it matches. */
const named = (alternative: string, entities: LabelEntity[]) =>
  entities.filter((e) => e.match.includes(alternative) || fits(alternative, e.name));

/** The ways a number is printed: digits (grouped or not) and, up to 99, words ("a dozen" is 12). */
function printed(value: number): RegExp[] {
  const digits = [...new Set([String(value), value.toLocaleString('en-US')])].map(
    (d) => new RegExp(`(?<![\\d,.])${d}(?!\\d|[,.]\\d)`),
  );
  const spelled: string[] = [];
  if (value < 20) spelled.push(UNITS[value]);
  else if (value < 100) {
    const tens = TENS[Math.floor(value / 10)];
    spelled.push(value % 10 ? `${tens}[- ]${UNITS[value % 10]}` : tens);
  }
  if (value > 0 && value % 12 === 0 && value <= 120)
    spelled.push(value === 12 ? 'dozen' : `${UNITS[value / 12] ?? ''} dozen`);
  return [...digits, ...spelled.map((w) => new RegExp(`\\b${w}\\b`, 'i'))];
}

/** The quoted passages of a text: double quotation marks, curly or straight, within a paragraph. */
function passages(text: string): { at: number; body: string }[] {
  return Array.from(text.matchAll(/“([^“”\n]*)”|"([^"\n]*)"/g), (m) => ({ at: m.index + 1, body: m[1] ?? m[2] }));
}

/** The sentences (the project's splitter) a span of the text stands in. */
function sentencesAround(text: string, start: number, end: number): string {
  return splitSentences(text)
    .filter((s) => s.start < end && s.end > start)
    .map((s) => text.slice(s.start, s.end))
    .join(' ');
}

function shapeProblems(labels: Labels): string[] {
  const problems: string[] = [];
  const keys = Object.keys(labels).sort();
  const expected = ['source', ...LISTS].sort();
  if (keys.join() !== expected.join())
    problems.push(`top-level keys are ${keys.join(', ')}, not ${expected.join(', ')}`);
  for (const name of LISTS) {
    const items: unknown = labels[name];
    if (!Array.isArray(items)) {
      problems.push(`${name} is not a list`);
      continue;
    }
    items.forEach((item: Record<string, unknown>, i) => {
      const fields = SHAPES[name];
      for (const [field, valid] of Object.entries(fields)) {
        if (!valid(item[field])) problems.push(`${name}[${i}].${field} is ${JSON.stringify(item[field])}`);
      }
      for (const key of Object.keys(item)) {
        if (key in fields) continue;
        if (key !== 'optional') problems.push(`${name}[${i}].${key} is not a field of the format`);
        else if (!flag(item[key])) problems.push(`${name}[${i}].optional is ${JSON.stringify(item[key])}`);
      }
    });
  }
  return problems;
}

function sourceProblems({ id, text, labels }: Article): string[] {
  const source = plainToInstance(SeedSource, labels.source);
  const problems = validateSync(source, { whitelist: true, forbidNonWhitelisted: true }).flatMap((e) =>
    Object.values(e.constraints ?? {}).map((c) => `source: ${c}`),
  );
  if (source.id !== `source:${id}`) problems.push(`source.id is ${source.id}, not source:${id}`);
  // A first line that ends as a sentence does is the article's start: the text has no headline.
  const first = text.split('\n', 1)[0];
  if (!/[.!?"”]$/.test(first) && source.title !== first) problems.push(`source.title is not the headline "${first}"`);
  return problems;
}

function fragmentProblems({ text, labels }: Article): string[] {
  const problems: string[] = [];
  const folded = fold(text);
  for (const e of labels.entities) {
    for (const f of e.match) {
      const problem = regexProblem(f);
      if (problem) problems.push(`${e.name}: fragment /${f}/ ${problem}`);
    }
    if (e.match.some((f) => regexProblem(f))) continue;
    // Other fragments may be spellings this text does not use (Klychko, Energodar, DSNS): one
    // must fit the label's own name, and one must be found where the text names the entity.
    if (!e.match.some((f) => fits(f, e.name))) problems.push(`${e.name}: no fragment fits its own name`);
    if (!e.match.some((f) => inText(f).test(folded))) problems.push(`${e.name}: no fragment is found in the text`);
  }
  return problems;
}

/** A fragment of one label that fits another's name makes a draft of the other pair with the first. */
function overlapProblems({ labels }: Article): string[] {
  const required = labels.entities.filter((e) => !e.optional && !e.match.some((f) => regexProblem(f)));
  return required.flatMap((a) =>
    required
      .filter((b) => b !== a && b.type === a.type)
      .flatMap((b) => a.match.filter((f) => fits(f, b.name)).map((f) => `/${f}/ of ${a.name} fits ${b.name}`)),
  );
}

function patternProblems({ labels }: Article): string[] {
  const problems: string[] = [];
  for (const { list: name, field, types } of PATTERN_FIELDS) {
    (labels[name] as Record<string, unknown>[]).forEach((item, i) => {
      const value = item[field];
      const patterns = (Array.isArray(value) ? value : [value]).filter((p): p is string => typeof p === 'string');
      for (const alternative of patterns.flatMap(alternatives)) {
        const where = `${name}[${i}].${field} "${alternative}"`;
        const problem = regexProblem(alternative);
        if (problem) problems.push(`${where} ${problem}`);
        else if (!named(alternative, labels.entities).some((e) => !types || types.includes(e.type)))
          problems.push(`${where} names no ${types?.join(' or ') ?? 'entity'} of the list`);
      }
    });
  }
  labels.positions.forEach((p, i) => {
    const problem = regexProblem(p.title);
    if (problem) problems.push(`positions[${i}].title ${problem}`);
  });
  return problems;
}

function figureProblems({ text, labels }: Article): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  labels.figures.forEach((f, i) => {
    const where = `figures[${i}] ${f.metric} ${f.value} "${f.quote}"`;
    const at = text.indexOf(f.quote);
    if (at < 0) problems.push(`${where} is not in the text`);
    else {
      if (!printed(f.value).some((r) => r.test(fold(f.quote)))) problems.push(`${where} does not print ${f.value}`);
      if (!METRIC_WORDS[f.metric].test(fold(sentencesAround(text, at, at + f.quote.length))))
        problems.push(`${where} stands in no sentence about ${f.metric}`);
    }
    const key = `${f.metric} ${f.value} ${f.reportedBy}`;
    if (seen.has(key)) problems.push(`${where} repeats (metric, value, reporter)`);
    seen.add(key);
  });
  return problems;
}

function quoteProblems({ text, labels }: Article): string[] {
  const problems: string[] = [];
  const found = passages(text);
  const claimed = new Map<number, number>();
  labels.quotes.forEach((q, i) => {
    const where = `quotes[${i}] "${q.text}"`;
    const passage = found.find((p) => p.body.startsWith(q.text));
    if (!text.includes(q.text)) problems.push(`${where} is not in the text`);
    else if (!passage) problems.push(`${where} does not start a quoted passage`);
    else {
      const whole = passage.body.replace(/[\s.,;:!?]+$/, '');
      if (q.text.split(/\s+/).length < 8 && q.text !== whole)
        problems.push(`${where} is short of eight words and not the whole passage "${whole}"`);
      if (claimed.has(passage.at))
        problems.push(`${where} labels the passage of quotes[${claimed.get(passage.at)}] again`);
      claimed.set(passage.at, i);
    }
    if (/[.,;:!?]$/.test(q.text)) problems.push(`${where} keeps its closing punctuation`);
  });
  for (const p of found) if (!claimed.has(p.at)) problems.push(`the passage "${p.body}" has no quote`);
  return problems;
}

function positionTitleProblems({ text, labels }: Article): string[] {
  const folded = fold(text);
  return labels.positions
    .filter((p) => !regexProblem(p.title) && !regex(p.title).test(folded))
    .map((p) => `title /${p.title}/ of ${p.person} is not in the text`);
}

/**
 * The seed is the store the set is scored against. A label's `existing` is a stored entity of
 * its type that a draft linking to it would pair with (drafts referring by id count under the
 * stored names); a required person or place whose fragments fit a stored name is that entity.
 * Organizations' names are generic ("Emergency services" is not plainly the State Emergency
 * Service), so for them only the same name asks for the link.
 */
function existingProblems({ labels }: Article, stored: StoredEntity[]): string[] {
  const problems: string[] = [];
  for (const e of labels.entities) {
    if (e.match.some((f) => regexProblem(f))) continue;
    const names = (s: StoredEntity) => [s.name, ...s.aliases];
    if (e.existing !== null) {
      const s = stored.find((x) => x.id === e.existing);
      if (!s) problems.push(`${e.name}: ${e.existing} is not in the seed`);
      else if (s.type !== e.type) problems.push(`${e.name}: ${e.existing} is of type ${s.type}, not ${e.type}`);
      else if (!names(s).some((n) => e.match.some((f) => fits(f, n))))
        problems.push(`${e.name}: no fragment fits ${names(s).join(' / ')}, the names of ${e.existing}`);
    }
    if (e.optional) continue;
    const same = stored.filter(
      (s) =>
        s.type === e.type &&
        names(s).some((n) => (e.type === 'ORGANIZATION' ? fold(n) === fold(e.name) : e.match.some((f) => fits(f, n)))),
    );
    if (same.length > 0 && !same.some((s) => s.id === e.existing))
      problems.push(`${e.name}: is stored as ${same.map((s) => s.id).join(' or ')}`);
  }
  return problems;
}

const ARTICLES = readArticles();
const STORED = (JSON.parse(readFileSync(SEED_GRAPH, 'utf8')) as { entities: StoredEntity[] }).entities;

describe('the extraction development set', () => {
  it('pairs every text with its labels', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.txt') || f.endsWith('.json'));
    const ids = ARTICLES.map((a) => a.id);
    expect(files.sort()).toEqual(ids.flatMap((id) => [`${id}.json`, `${id}.txt`]).sort());
    expect(ids).toEqual(expect.arrayContaining(Object.keys(CONVERTED_FROM)));
  });

  it.each(Object.entries(CONVERTED_FROM))('keeps the text %s was converted from verbatim', (id, from) => {
    expect(readFileSync(join(DIR, `${id}.txt`), 'utf8')).toBe(readFileSync(from, 'utf8'));
  });
});

describe.each(ARTICLES)('labels of $id', (article) => {
  it('have the shape LABELS.md gives', () => {
    expect(shapeProblems(article.labels)).toEqual([]);
    expect(sourceProblems(article)).toEqual([]);
  });

  it("entities' fragments compile, fit their own names and are found in the text", () => {
    expect(fragmentProblems(article)).toEqual([]);
  });

  it('tell apart the required entities of one type', () => {
    expect(overlapProblems(article)).toEqual([]);
  });

  it('name entities of the list in every pattern', () => {
    expect(patternProblems(article)).toEqual([]);
  });

  it('link stored entities by their seed ids', () => {
    expect(existingProblems(article, STORED)).toEqual([]);
  });

  it('quote figures that print their number in a sentence about their metric, once per reporter', () => {
    expect(figureProblems(article)).toEqual([]);
  });

  it('label every quoted passage once, from its first words', () => {
    expect(quoteProblems(article)).toEqual([]);
  });

  it('give titles the text uses', () => {
    expect(positionTitleProblems(article)).toEqual([]);
  });
});
