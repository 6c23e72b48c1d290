import { EntityType } from '../../src/domain/entity-type';
import { FigureMetric } from '../../src/domain/figure-metric';
import { LocationKind } from '../../src/domain/location-kind';
import { OrganizationKind } from '../../src/domain/organization-kind';
import { Predicate } from '../../src/domain/predicate';
import { Weapon } from '../../src/domain/weapon';
import type { EvidenceInput, SourceGraph } from '../../src/store/records';

const common = { aliases: [], description: null };

/**
 * A source of `n` sentences "Attack i hit Town i in Region i, reported Agency i.", each an
 * attack with a target, the target's region and a reported figure: more of the shape the
 * batching test queries, every fact cited.
 */
export function syntheticAttacks(n: number): SourceGraph {
  const sourceId = 'source:synthetic-attacks';
  const sentences = Array.from(
    { length: n },
    (_, i) => `Attack ${i} hit Town ${i} in Region ${i}, reported Agency ${i}.`,
  );
  const text = sentences.join(' ');
  const graph: SourceGraph = {
    source: { id: sourceId, title: 'Synthetic attacks', publisher: 'Tests', url: null, publishedOn: null, text },
    sentences: [],
    entities: [],
    relations: [],
    positions: [],
    figures: [],
    evidence: [],
  };
  let offset = 0;
  sentences.forEach((sentence, i) => {
    graph.sentences.push({ sourceId, index: i, start: offset, end: offset + sentence.length, text: sentence });
    const cite = (ownerId: string, words: string): EvidenceInput => {
      const start = offset + sentence.indexOf(words);
      return { ownerId, sourceId, start, end: start + words.length, quote: words, sentenceIndex: i };
    };
    const attack = `attack:synthetic-${i}`;
    const town = `location:town-${i}`;
    const region = `location:region-${i}`;
    const agency = `organization:agency-${i}`;
    graph.entities.push(
      {
        ...common,
        id: attack,
        type: EntityType.ATTACK,
        name: `Attack ${i}`,
        weapon: Weapon.OTHER,
        occurredOn: null,
        timeOfDay: null,
        damage: [],
      },
      { ...common, id: town, type: EntityType.LOCATION, name: `Town ${i}`, kind: LocationKind.CITY },
      { ...common, id: region, type: EntityType.LOCATION, name: `Region ${i}`, kind: LocationKind.REGION },
      { ...common, id: agency, type: EntityType.ORGANIZATION, name: `Agency ${i}`, kind: OrganizationKind.OTHER },
    );
    graph.relations.push(
      {
        id: `relation:synthetic-${i}-targeted`,
        predicate: Predicate.TARGETED,
        subjectId: attack,
        objectId: town,
        role: null,
      },
      {
        id: `relation:synthetic-${i}-part-of`,
        predicate: Predicate.PART_OF,
        subjectId: town,
        objectId: region,
        role: null,
      },
    );
    graph.figures.push({
      id: `figure:synthetic-${i}`,
      attackId: attack,
      metric: FigureMetric.KILLED,
      value: i,
      qualifier: null,
      reportedById: agency,
    });
    graph.evidence.push(
      cite(attack, `Attack ${i}`),
      cite(town, `Town ${i}`),
      cite(region, `Region ${i}`),
      cite(agency, `Agency ${i}`),
      cite(`relation:synthetic-${i}-targeted`, `Attack ${i} hit Town ${i}`),
      cite(`relation:synthetic-${i}-part-of`, `Town ${i} in Region ${i}`),
      cite(`figure:synthetic-${i}`, `reported Agency ${i}`),
    );
    offset += sentence.length + 1;
  });
  return graph;
}
