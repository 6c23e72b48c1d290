import { describe, expect, it } from '@jest/globals';
import { maxWeightMatching } from '../../bench/extraction/matching';
import { alternatives } from '../../bench/extraction/patterns';
import {
  type ArticleLabels,
  type ArticleScore,
  CATEGORIES,
  SHARES,
  belowTarget,
  scoreDraft,
  sumScores,
} from '../../bench/extraction';
import { EntityType } from '../../src/domain/entity-type';
import { FigureMetric } from '../../src/domain/figure-metric';
import { Predicate } from '../../src/domain/predicate';
import { Weapon } from '../../src/domain/weapon';
import type { DraftEntity, DraftGraph, Extraction, KnownEntity } from '../../src/extract';

const TEXT = `Russian drones hit Kyiv, Kyiv Mayor Vitali Klitschko said

Russian drones struck Kyiv and the Kyiv region overnight, killing two people, Kyiv Mayor Vitali Klitschko said. Tymur Tkachenko, the head of the Kyiv city military administration, said the city military administration counted 12 injured. The Ukrainian air force said Russia had launched 40 drones.

"We will rebuild every house on this street," Klitschko wrote on Telegram.

Qatar mediated talks between Russia and Ukraine in Doha.
`;

const KNOWN: KnownEntity[] = [
  { id: 'person:vitali-klitschko', type: EntityType.PERSON, name: 'Vitali Klitschko', aliases: [] },
  {
    id: 'organization:kyiv-military-administration',
    type: EntityType.ORGANIZATION,
    name: 'Kyiv military administration',
    aliases: ['Kyiv military'],
  },
  { id: 'organization:ukrainian-air-force', type: EntityType.ORGANIZATION, name: 'Ukrainian air force', aliases: [] },
  { id: 'location:kyiv', type: EntityType.LOCATION, name: 'Kyiv', aliases: [] },
  { id: 'location:russia', type: EntityType.LOCATION, name: 'Russia', aliases: [] },
  { id: 'location:ukraine', type: EntityType.LOCATION, name: 'Ukraine', aliases: [] },
];

const MILITARY_ADMINISTRATION = 'kyiv (city )?military administration';

const LABELS: ArticleLabels = {
  source: { id: 'source:test', title: 'Russian drones hit Kyiv', publisher: 'Test', url: null, publishedOn: null },
  entities: [
    { type: 'PERSON', name: 'Vitali Klitschko', match: ['klitschko'], existing: 'person:vitali-klitschko' },
    { type: 'PERSON', name: 'Tymur Tkachenko', match: ['tkachenko'], existing: null },
    {
      type: 'ORGANIZATION',
      name: 'Kyiv city military administration',
      match: [MILITARY_ADMINISTRATION, '^(the )?city military administration$'],
      existing: 'organization:kyiv-military-administration',
    },
    {
      type: 'ORGANIZATION',
      name: 'Ukrainian air force',
      match: ['air force'],
      existing: 'organization:ukrainian-air-force',
    },
    { type: 'LOCATION', name: 'Kyiv', match: ['^kyiv$'], existing: 'location:kyiv' },
    { type: 'LOCATION', name: 'Kyiv region', match: ['kyiv (region|oblast)'], existing: null },
    { type: 'LOCATION', name: 'Russia', match: ['russia'], existing: 'location:russia' },
    { type: 'LOCATION', name: 'Ukraine', match: ['ukrain'], existing: 'location:ukraine' },
    { type: 'LOCATION', name: 'Qatar', match: ['qatar'], existing: null },
    { type: 'LOCATION', name: 'Doha', match: ['doha'], existing: null },
    { type: 'ORGANIZATION', name: 'Telegram', match: ['telegram'], existing: null, optional: true },
  ],
  figures: [
    { metric: FigureMetric.KILLED, value: 2, reportedBy: 'klitschko', quote: 'killing two people' },
    {
      metric: FigureMetric.INJURED,
      value: 12,
      reportedBy: `tkachenko|${MILITARY_ADMINISTRATION}`,
      quote: 'counted 12 injured',
    },
    { metric: FigureMetric.LAUNCHED, value: 40, reportedBy: 'air force', quote: 'launched 40 drones' },
  ],
  quotes: [{ speaker: 'klitschko', text: 'We will rebuild every house on this street' }],
  positions: [
    { person: 'klitschko', title: 'mayor', of: '^kyiv$' },
    { person: 'tkachenko', title: 'head|chief', of: `${MILITARY_ADMINISTRATION}|^kyiv$` },
  ],
  attacks: [{ weapon: Weapon.DRONE, perpetrator: 'russia', targets: ['^kyiv$', 'kyiv (region|oblast)'] }],
  negotiations: [{ venue: 'doha', mediators: ['qatar'], parties: ['russia', 'ukrain'] }],
};

const note = { confidence: 1, rule: 'test' };
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const idOf = (label: ArticleLabels['entities'][number]) =>
  label.existing ?? `${label.type.toLowerCase()}:${slug(label.name)}`;
/** The id of the entity a pattern's first alternative names, as a perfect extractor would draft it. */
const named = (pattern: string) => idOf(LABELS.entities.find((l) => l.match.includes(alternatives(pattern)[0]))!);

function entity(
  id: string,
  type: EntityType,
  name: string,
  quote = name,
  extra: Partial<DraftEntity> = {},
): DraftEntity {
  return { ...note, id, type, name, aliases: [], description: null, mentions: [{ quote }], ...extra };
}

function relation(subject: string, predicate: Predicate, object: string, quote: string) {
  return { ...note, subject, predicate, object, role: null, evidence: [{ quote }] };
}

/** The draft a perfect extractor makes of TEXT, built from the labels (the optional Telegram left out). */
function perfectDraft(): DraftGraph {
  const attack = 'attack:drones-on-kyiv';
  const talks = 'negotiation:doha-talks';
  const statement = 'statement:klitschko-rebuild';
  const required = LABELS.entities.filter((l) => !l.optional);
  const [negotiation] = LABELS.negotiations;
  return {
    entities: [
      ...required.map((l) => entity(idOf(l), EntityType[l.type], l.name)),
      entity(attack, EntityType.ATTACK, 'Russian drones on Kyiv', 'Russian drones struck Kyiv', {
        weapon: Weapon.DRONE,
      }),
      entity(talks, EntityType.NEGOTIATION, 'Talks in Doha', 'Qatar mediated talks'),
      entity(statement, EntityType.STATEMENT, 'Klitschko: we will rebuild', LABELS.quotes[0].text, {
        kind: 'QUOTE',
        text: LABELS.quotes[0].text,
      }),
    ],
    positions: LABELS.positions.map((p) => ({
      ...note,
      person: named(p.person),
      title: alternatives(p.title)[0],
      of: p.of && named(p.of),
      evidence: [
        {
          quote:
            p.person === 'klitschko'
              ? 'Kyiv Mayor Vitali Klitschko'
              : 'the head of the Kyiv city military administration',
        },
      ],
    })),
    relations: [
      relation('location:russia', Predicate.CARRIED_OUT, attack, 'Russian drones struck Kyiv'),
      ...LABELS.attacks[0].targets.map((t) =>
        relation(attack, Predicate.TARGETED, named(t), 'struck Kyiv and the Kyiv region'),
      ),
      relation(named(negotiation.venue!), Predicate.HOSTS, talks, 'talks between Russia and Ukraine in Doha'),
      ...negotiation.mediators.map((m) => relation(named(m), Predicate.MEDIATES, talks, 'Qatar mediated talks')),
      ...negotiation.parties.map((p) =>
        relation(named(p), Predicate.PARTICIPATES_IN, talks, 'talks between Russia and Ukraine'),
      ),
      relation(named(LABELS.quotes[0].speaker!), Predicate.SAID, statement, 'Klitschko wrote on Telegram'),
    ],
    figures: LABELS.figures.map((f) => ({
      ...note,
      attack,
      metric: f.metric,
      value: f.value,
      qualifier: null,
      reportedBy: f.reportedBy && named(f.reportedBy),
      evidence: [{ quote: f.quote }],
    })),
  };
}

const extraction = (graph: DraftGraph, linked: string[] = []): Extraction => ({ graph, linked, warnings: [] });
const score = (graph: DraftGraph, linked: string[] = []) => scoreDraft(LABELS, TEXT, extraction(graph, linked), KNOWN);
/** Every count, without the item lists: what two scores must share to be "the same" (spans aside: a draft with more mentions has more). */
const counts = (s: ArticleScore) => ({
  ...Object.fromEntries(CATEGORIES.map((c) => [c, { tp: s[c].tp, fp: s[c].fp, fn: s[c].fn }])),
  ...Object.fromEntries(SHARES.filter((n) => n !== 'spans').map((n) => [n, { right: s[n].right, total: s[n].total }])),
});
const byId = (graph: DraftGraph, id: string) => graph.entities.find((e) => e.id === id)!;

/** The entity `from` given the id `to`, and every reference to it with it. */
function renameId(graph: DraftGraph, from: string, to: string): DraftEntity {
  const renamed = byId(graph, from);
  renamed.id = to;
  const swap = (id: string | null) => (id === from ? to : id);
  for (const r of graph.relations) Object.assign(r, { subject: swap(r.subject), object: swap(r.object) });
  for (const p of graph.positions) Object.assign(p, { person: swap(p.person), of: swap(p.of) });
  for (const f of graph.figures) f.reportedBy = swap(f.reportedBy);
  return renamed;
}

describe('scoreDraft', () => {
  it('scores a perfect draft built from the labels 1 everywhere', () => {
    const s = score(perfectDraft());
    for (const c of CATEGORIES) {
      expect({ c, f1: s[c].f1, missed: s[c].missed, extra: s[c].extra }).toEqual({ c, f1: 1, missed: [], extra: [] });
    }
    for (const n of SHARES) expect({ n, share: s[n].share, wrong: s[n].wrong }).toEqual({ n, share: 1, wrong: [] });
    expect(s.entities.tp).toBe(10);
    expect(s.linking.tp).toBe(6);
    expect(s.attackLinks.tp).toBe(2);
    expect(s.negotiationLinks.tp).toBe(3);
    expect(belowTarget(s)).toEqual([]);
  });

  it('scores an empty draft 0 on recall, and names every target it misses', () => {
    const s = score({ entities: [], positions: [], relations: [], figures: [] });
    expect(s.entities).toMatchObject({ tp: 0, fp: 0, fn: 10, f1: 0 });
    expect(s.figures.missed).toContain('KILLED 2 reported by klitschko: "killing two people"');
    expect(belowTarget(s)).toEqual([
      'entities F1 0.000 < 0.85',
      'figures F1 0.000 < 0.85',
      'quotes F1 0.000 < 0.85',
      'positions F1 0.000 < 0.75',
      'attack links F1 0.000 < 0.75',
      'negotiation links F1 0.000 < 0.75',
    ]);
  });

  it('counts a duplicate entity as a false positive, and prefers the one carrying the stored id', () => {
    const graph = perfectDraft();
    // Listed first, so an order-bound pairing would take it; the stored id is what must win.
    graph.entities.unshift(entity('location:kyiv-city', EntityType.LOCATION, 'Kyiv'));
    const s = score(graph);
    expect(s.entities).toMatchObject({ tp: 10, fp: 1, fn: 0 });
    expect(s.entities.extra).toEqual(['LOCATION Kyiv (location:kyiv-city): a duplicate of Kyiv']);
    expect(s.entitiesByType.LOCATION.fp).toBe(1);
    expect(s.entitiesByType.PERSON.fp).toBe(0);
    expect(s.linking).toMatchObject({ tp: 6, fp: 0, fn: 0 });
  });

  it('counts an entity the draft only refers to by a stored id under its stored names', () => {
    const graph = perfectDraft();
    graph.entities = graph.entities.filter((e) => e.id !== 'location:russia');
    expect(counts(score(graph))).toEqual(counts(score(perfectDraft())));
    // Not referred to at all, it is missed.
    graph.relations = graph.relations.filter((r) => r.subject !== 'location:russia');
    expect(score(graph).entities.missed).toEqual(['LOCATION Russia']);
    expect(counts(score(graph, ['location:russia'])).entities).toEqual(counts(score(perfectDraft())).entities);
  });

  it('names the people, bodies and places it refers to that are neither drafted nor stored', () => {
    const graph = perfectDraft();
    graph.relations.push(relation('attack:drones-on-kyiv', Predicate.TARGETED, 'location:nowhere', 'Kyiv'));
    // The scorer knows only the store's named entities: a stored attack's id is not judged.
    graph.figures[0].attack = 'attack:kyiv-drone-strikes';
    expect(score(graph).dangling).toEqual(['location:nowhere']);
  });

  it('lowers attribution, not figures, for a wrong reporter', () => {
    const graph = perfectDraft();
    graph.figures[0].reportedBy = 'location:kyiv';
    const s = score(graph);
    expect(s.figures).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect(s.attribution).toMatchObject({ right: 2, total: 3 });
    expect(s.attribution.wrong).toEqual(['KILLED 2: drafted as reported by Kyiv (location:kyiv), label klitschko']);
    // No reporter where the label names one is wrong too.
    graph.figures[0].reportedBy = null;
    expect(score(graph).attribution.right).toBe(2);
  });

  it('pairs figures by metric and value only: another value is a miss and an extra', () => {
    const graph = perfectDraft();
    graph.figures[2].value = 41;
    const s = score(graph);
    expect(s.figures).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.attribution.total).toBe(2);
  });

  it('neither rewards nor punishes what fits only an optional label', () => {
    const graph = perfectDraft();
    graph.entities.push(entity('organization:telegram', EntityType.ORGANIZATION, 'Telegram'));
    graph.entities.push(
      entity('organization:telegram-channel', EntityType.ORGANIZATION, 'Telegram channel', 'Telegram'),
    );
    expect(counts(score(graph))).toEqual(counts(score(perfectDraft())));
    // A quote spoken by the optional entity is not Klitschko's: the quote is missed, whatever Telegram scores.
    graph.relations.find((r) => r.predicate === Predicate.SAID)!.subject = 'organization:telegram';
    expect(score(graph).quotes).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('lowers the span share for a draft quote that is not an exact span of the text', () => {
    const graph = perfectDraft();
    byId(graph, 'person:tymur-tkachenko').mentions.push({ quote: 'Tymur  Tkachenko' });
    graph.relations[0].evidence[0] = { quote: 'Kyiv', within: 'drones struck Kyiv and the Kyiv oblast' };
    const s = score(graph);
    expect(s.spans.total).toBe(score(perfectDraft()).spans.total + 1);
    expect(s.spans.right).toBe(s.spans.total - 2);
    expect(s.spans.wrong).toEqual([
      'person:tymur-tkachenko mention 1: "Tymur  Tkachenko"',
      'location:russia CARRIED_OUT attack:drones-on-kyiv evidence 0: "Kyiv" within "drones struck Kyiv and the Kyiv oblast"',
    ]);
    expect(belowTarget(s)).toEqual([`exact spans ${s.spans.share.toFixed(3)} < 1`]);
  });

  it('does not pair an entity of the wrong type', () => {
    const graph = perfectDraft();
    renameId(graph, 'location:kyiv', 'organization:kyiv').type = EntityType.ORGANIZATION;
    const s = score(graph);
    expect(s.entities.missed).toEqual(['LOCATION Kyiv']);
    expect(s.entities.extra).toEqual(['ORGANIZATION Kyiv (organization:kyiv): fits no label']);
    expect(s.linking.missed).toEqual(['Kyiv: location:kyiv expected, not found']);
  });

  it('answers a pattern through the paired label, and an unpaired entity by its own names', () => {
    // Paired with the administration's label by its second fragment, "the city military
    // administration" answers `kyiv (city )?military administration` though its name does not hold those words.
    const graph = perfectDraft();
    renameId(graph, 'organization:kyiv-military-administration', 'organization:city-military-administration').name =
      'the city military administration';
    graph.figures[1].reportedBy = 'organization:city-military-administration';
    expect(score(graph).attribution.right).toBe(3);

    // An entity that pairs with no label (a person where the label is an organization)
    // answers by its own names, which hold the pattern's words.
    const unpaired = perfectDraft();
    unpaired.entities.push(
      entity('person:kyiv-military-administration-head', EntityType.PERSON, 'Kyiv city military administration'),
    );
    unpaired.figures[1].reportedBy = 'person:kyiv-military-administration-head';
    const s = score(unpaired);
    expect(s.entities.extra).toEqual([
      'PERSON Kyiv city military administration (person:kyiv-military-administration-head): fits no label',
    ]);
    expect(s.attribution.right).toBe(3);

    // A paired entity whose own names would answer, but whose label the pattern does not name, does not.
    const oblast = perfectDraft();
    byId(oblast, 'location:kyiv-region').aliases.push('Kyiv');
    oblast.positions[0].of = 'location:kyiv-region';
    expect(score(oblast).positionOf).toMatchObject({ right: 1, total: 2 });
  });

  it('pairs one to one by a maximum matching where pairing in order would leave a label out', () => {
    const graph = perfectDraft();
    // Listed first and fitting both Kyiv labels, it must pair with the region, the one label the other entity cannot take.
    const region = byId(graph, 'location:kyiv-region');
    graph.entities = [
      { ...region, name: 'Kyiv oblast', aliases: ['Kyiv'] },
      ...graph.entities.filter((e) => e !== region),
    ];
    renameId(graph, 'location:kyiv', 'location:kyiv-new');
    const s = score(graph);
    expect(s.entities).toMatchObject({ tp: 10, fp: 0, fn: 0 });
    expect(s.attackLinks).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('ignores a link lacking a part while its other parts fit, and counts one that fits no label', () => {
    const graph = perfectDraft();
    graph.entities.push(
      entity('attack:more-drones', EntityType.ATTACK, 'More drones', 'Russian drones', { weapon: Weapon.DRONE }),
    );
    graph.relations.push(relation('location:russia', Predicate.CARRIED_OUT, 'attack:more-drones', 'Russian drones'));
    expect(score(graph).attackLinks).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    graph.relations.push(relation('attack:more-drones', Predicate.TARGETED, 'location:doha', 'Doha'));
    expect(score(graph).attackLinks).toMatchObject({
      tp: 2,
      fp: 1,
      fn: 0,
      extra: ['attack:more-drones: DRONE by Russia (location:russia) on Doha (location:doha)'],
    });
    // A missile attack fits no label however incomplete it is.
    graph.entities.push(
      entity('attack:missiles', EntityType.ATTACK, 'Missiles', 'Russian drones', { weapon: Weapon.MISSILE }),
    );
    expect(score(graph).attackLinks.fp).toBe(2);
  });

  it('finds a quote by its words (folded, or a part of three words or more) only with the right speaker', () => {
    const graph = perfectDraft();
    const statement = byId(graph, 'statement:klitschko-rebuild');
    statement.text = '“we will rebuild every house on this street,”';
    expect(score(graph).quotes).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    statement.text = 'We will rebuild';
    expect(score(graph).quotes.tp).toBe(1);
    statement.text = 'We will';
    expect(score(graph).quotes).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    statement.text = LABELS.quotes[0].text;
    graph.relations.find((r) => r.predicate === Predicate.SAID)!.subject = 'person:tymur-tkachenko';
    expect(score(graph).quotes.missed).toEqual([
      'klitschko: "We will rebuild every house on this street" (drafted with Tymur Tkachenko (person:tymur-tkachenko))',
    ]);
  });

  it('sums articles micro-averaged: counts added, then the ratios', () => {
    const perfect = score(perfectDraft());
    const empty = score({ entities: [], positions: [], relations: [], figures: [] });
    const sum = sumScores([
      { id: 'a', score: perfect },
      { id: 'b', score: empty },
    ]);
    expect(sum.entities).toMatchObject({ tp: 10, fp: 0, fn: 10, precision: 1, recall: 0.5 });
    expect(sum.entities.missed[0]).toBe('b: PERSON Vitali Klitschko');
    expect(sum.spans).toMatchObject({ right: perfect.spans.total, total: perfect.spans.total });
  });
});

describe('alternatives', () => {
  it.each([
    ['tkachenko|kyiv (city )?military administration', ['tkachenko', 'kyiv (city )?military administration']],
    ['zaporizh\\w* (region|oblast|province)', ['zaporizh\\w* (region|oblast|province)']],
    ['ministry of defen[cs]e|defen[|]ce', ['ministry of defen[cs]e', 'defen[|]ce']],
    ['a\\|b|c', ['a\\|b', 'c']],
  ])('%s', (pattern, expected) => expect(alternatives(pattern)).toEqual(expected));
});

describe('maxWeightMatching', () => {
  it('pairs as many as can pair, then by weight, where a greedy choice would not', () => {
    // Row 0 fits both columns, row 1 only column 0.
    expect(maxWeightMatching(2, 2, (r, c) => (r === 0 ? 2 : c === 0 ? 2 : 0)).sort()).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(maxWeightMatching(1, 3, (_r, c) => [3, 4, 3][c])).toEqual([[0, 1]]);
    expect(maxWeightMatching(3, 1, (r) => [0, 0, 5][r])).toEqual([[2, 0]]);
    expect(maxWeightMatching(2, 2, () => 0)).toEqual([]);
  });
});
