import { describe, expect, it } from '@jest/globals';
import { EntityType } from '../../../src/domain/entity-type';
import { FigureMetric } from '../../../src/domain/figure-metric';
import { Weapon } from '../../../src/domain/weapon';
import { Gazetteer, extractGraph, type DraftFigure, type Extraction } from '../../../src/extract';
import { ARTICLES, allArticles } from './helpers/articles';
import { devSetTexts } from './helpers/dev-set';
import { idNamed } from './helpers/named';
import { seedGazetteer } from './helpers/seed-known';

/**
 * Issue 17, figures: killed, injured, launched, intercepted (shot down, destroyed, downed) and
 * failed to reach target; counts in digits and in words, the qualifier kept; the reporter the
 * sentence names ("according to", "said", "wrote on Telegram", a pronoun back), null when it
 * names none; each tied to an attack of the draft.
 */
const empty = Gazetteer.of([]);
const draftOf = (text: string) => extractGraph({ text }, empty);

/** The figures of a metric and value: the specification keeps one per reporter. */
const figuresOf = (x: Extraction, metric: FigureMetric, value: number): DraftFigure[] =>
  x.graph.figures.filter((f) => f.metric === metric && f.value === value);

describe('the five metrics, counted in digits and words', () => {
  it.each([
    ['killed, "at least seven"', ARTICLES.killedAtLeast, FigureMetric.KILLED, 7],
    ['injured, "a dozen"', ARTICLES.injuredDozenAccordingTo, FigureMetric.INJURED, 12],
    ['injured, "four"', ARTICLES.wroteOnTelegram, FigureMetric.INJURED, 4],
    ['launched, "112"', ARTICLES.launchedAndPronoun, FigureMetric.LAUNCHED, 112],
    ['intercepted, "shot down 71"', ARTICLES.launchedAndPronoun, FigureMetric.INTERCEPTED, 71],
    ['intercepted, "destroyed 40"', ARTICLES.destroyed, FigureMetric.INTERCEPTED, 40],
    ['intercepted, "downed 18"', ARTICLES.downed, FigureMetric.INTERCEPTED, 18],
    ['failed to reach target, "lost from radar"', ARTICLES.launchedAndPronoun, FigureMetric.FAILED_TO_REACH_TARGET, 35],
    [
      'failed to reach target, "failed to reach their targets"',
      ARTICLES.failedToReach,
      FigureMetric.FAILED_TO_REACH_TARGET,
      25,
    ],
    ['killed, "three"', ARTICLES.pronounReporter, FigureMetric.KILLED, 3],
    ['killed, "Two"', ARTICLES.noReporter, FigureMetric.KILLED, 2],
  ])('%s', (_what, text, metric, value) => {
    expect(figuresOf(draftOf(text), metric, value)).toHaveLength(1);
  });

  it('takes no count of another metric from the same sentences', () => {
    // 112 launched, 71 shot down, 35 lost from radar: each number is one figure, of its own metric.
    const x = draftOf(ARTICLES.launchedAndPronoun);
    expect(x.graph.figures.map((f) => [f.metric, f.value]).sort()).toEqual(
      [
        [FigureMetric.FAILED_TO_REACH_TARGET, 35],
        [FigureMetric.INTERCEPTED, 71],
        [FigureMetric.LAUNCHED, 112],
      ].sort(),
    );
  });
});

describe('the qualifier', () => {
  it('keeps "at least"', () => {
    const [killed] = figuresOf(draftOf(ARTICLES.killedAtLeast), FigureMetric.KILLED, 7);
    expect(killed.qualifier).toMatch(/at least/i);
  });

  it('keeps "including ..."', () => {
    const x = draftOf(ARTICLES.includingChild);
    expect(figuresOf(x, FigureMetric.KILLED, 5).map((f) => f.qualifier)).toEqual([
      expect.stringMatching(/including a 10-year-old boy/),
    ]);
  });

  it('takes no age for a count', () => {
    expect(draftOf(ARTICLES.includingChild).graph.figures.filter((f) => f.value === 10)).toEqual([]);
  });

  it('is null for a bare count', () => {
    const [launched] = figuresOf(draftOf(ARTICLES.launchedAndPronoun), FigureMetric.LAUNCHED, 112);
    expect(launched.qualifier).toBeNull();
  });
});

describe('the reporter', () => {
  it.each([
    ['"said X, the head of ..."', ARTICLES.killedAtLeast, FigureMetric.KILLED, 7, EntityType.PERSON, /vilkul/],
    [
      '"according to"',
      ARTICLES.injuredDozenAccordingTo,
      FigureMetric.INJURED,
      12,
      EntityType.ORGANIZATION,
      /military administration/,
    ],
    [
      '"X said" after the count',
      ARTICLES.launchedAndPronoun,
      FigureMetric.LAUNCHED,
      112,
      EntityType.ORGANIZATION,
      /air force/,
    ],
    [
      '"it said", back to the body named before',
      ARTICLES.launchedAndPronoun,
      FigureMetric.INTERCEPTED,
      71,
      EntityType.ORGANIZATION,
      /air force/,
    ],
    [
      '"X said" before the count',
      ARTICLES.destroyed,
      FigureMetric.INTERCEPTED,
      40,
      EntityType.ORGANIZATION,
      /air force/,
    ],
    [
      'a ministry that said',
      ARTICLES.downed,
      FigureMetric.INTERCEPTED,
      18,
      EntityType.ORGANIZATION,
      /defen[cs]e ministry|ministry of defen[cs]e/,
    ],
    ['"wrote on Telegram"', ARTICLES.wroteOnTelegram, FigureMetric.INJURED, 4, EntityType.PERSON, /lysak/],
    ['"reported"', ARTICLES.reported, FigureMetric.INJURED, 9, EntityType.ORGANIZATION, /emergency service/],
    ['"said" after the name and title', ARTICLES.includingChild, FigureMetric.KILLED, 5, EntityType.PERSON, /chaus/],
    [
      '"he said", back to the person named before',
      ARTICLES.pronounReporter,
      FigureMetric.KILLED,
      3,
      EntityType.PERSON,
      /senkevych/,
    ],
  ])('is the one the sentence names by %s', (_how, text, metric, value, type, reporter) => {
    const x = draftOf(text);
    expect(figuresOf(x, metric, value).map((f) => f.reportedBy)).toEqual([idNamed(x, [], type, reporter)]);
  });

  it('is null when the text names none', () => {
    expect(figuresOf(draftOf(ARTICLES.noReporter), FigureMetric.KILLED, 2).map((f) => f.reportedBy)).toEqual([null]);
  });

  it('is null when the one named in another sentence is not said to give the count', () => {
    expect(
      figuresOf(draftOf(ARTICLES.reporterInAnotherSentence), FigureMetric.KILLED, 3).map((f) => f.reportedBy),
    ).toEqual([null]);
  });
});

describe('every figure counts an attack of its draft', () => {
  it.each([...devSetTexts(), ...allArticles()])('in the draft of %s', (_name, text) => {
    const { graph } = extractGraph({ text }, seedGazetteer());
    const attacks = new Set(graph.entities.filter((e) => e.type === EntityType.ATTACK).map((e) => e.id));
    expect(graph.figures.filter((f) => !attacks.has(f.attack))).toEqual([]);
  });

  it('of the weapon it counts', () => {
    const x = draftOf(ARTICLES.twoWeapons);
    const weaponOf = (f: DraftFigure) => x.graph.entities.find((e) => e.id === f.attack)?.weapon;
    expect(figuresOf(x, FigureMetric.LAUNCHED, 96).map(weaponOf)).toEqual([Weapon.DRONE]);
    expect(figuresOf(x, FigureMetric.LAUNCHED, 4).map(weaponOf)).toEqual([Weapon.MISSILE]);
  });

  it('that is told in the same sentence', () => {
    const x = draftOf(ARTICLES.killedAtLeast);
    const attack = x.graph.entities.find(
      (e) => e.type === EntityType.ATTACK && e.mentions.some((m) => /missiles/i.test(m.quote)),
    );
    expect(figuresOf(x, FigureMetric.KILLED, 7).map((f) => f.attack)).toEqual([attack?.id]);
  });
});
