import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { DraftGraph } from '../../web/src/explorer/pages/draft-graph';
import { figureKey, positionKey, pruneDraft, relationKey } from '../../web/src/explorer/pages/draft-prune';
import { FOLLOW_UP_DIR } from '../helpers/follow-up';

/** The Riyadh follow-up's graph as a draft: its items in the order graph.json gives them. */
const draft = (): DraftGraph => JSON.parse(readFileSync(join(FOLLOW_UP_DIR, 'graph.json'), 'utf8')) as DraftGraph;

/** Every id the graph points at, from any item. */
function references(graph: DraftGraph): Set<string> {
  return new Set([
    ...graph.relations.flatMap((r) => [r.subject, r.object]),
    ...graph.positions.flatMap((p) => [p.person, ...(p.of ? [p.of] : [])]),
    ...graph.figures.flatMap((f) => [f.attack, ...(f.reportedBy ? [f.reportedBy] : [])]),
  ]);
}

const entityIds = (graph: DraftGraph) => graph.entities.map((e) => e.id);

describe('pruneDraft: only the accepted items, and what they need', () => {
  it('keeps the whole draft when nothing is dropped', () => {
    const { graph, droppedBy } = pruneDraft(draft(), new Set());
    expect(graph).toEqual(draft());
    expect(droppedBy.size).toBe(0);
  });

  it("drops a person's positions and the figures they reported with them", () => {
    const { graph, droppedBy } = pruneDraft(draft(), new Set(['person:ivan-fedorov']));
    expect(entityIds(graph)).not.toContain('person:ivan-fedorov');
    expect(graph.positions).toEqual([]);
    expect(graph.figures.map((f) => f.reportedBy)).toEqual(['organization:kyiv-military-administration']);
    expect([...droppedBy]).toEqual([
      ['person:ivan-fedorov', 'person:ivan-fedorov'],
      [positionKey(0), 'person:ivan-fedorov'],
      [figureKey(1), 'person:ivan-fedorov'],
    ]);
    // Nothing else moves.
    expect(graph.relations).toEqual(draft().relations);
  });

  it('drops a statement whose speaker is dropped, and its ABOUT relation with it', () => {
    const { graph, droppedBy } = pruneDraft(draft(), new Set(['person:volodymyr-zelenskyy']));
    const statement = 'statement:zelenskyy-riyadh-meeting-useful';
    expect(entityIds(graph)).not.toContain(statement);
    expect(graph.relations.some((r) => r.subject === statement || r.object === statement)).toBe(false);
    expect(droppedBy.get(statement)).toBe('person:volodymyr-zelenskyy');
    expect(droppedBy.get(relationKey(5))).toBe('person:volodymyr-zelenskyy'); // the SAID
    expect(droppedBy.get(relationKey(6))).toBe('person:volodymyr-zelenskyy'); // the ABOUT, through the statement
  });

  it('drops the statement of a SAID dropped by hand, and keeps its speaker', () => {
    const { graph, droppedBy } = pruneDraft(draft(), new Set([relationKey(5)]));
    expect(entityIds(graph)).toContain('person:volodymyr-zelenskyy');
    expect(entityIds(graph)).not.toContain('statement:zelenskyy-riyadh-meeting-useful');
    expect([...droppedBy.values()].every((root) => root === relationKey(5))).toBe(true);
    expect(droppedBy.size).toBe(3);
  });

  it("drops an attack's relations and figures with it", () => {
    const attack = 'attack:zaporizhzhia-drone-attack';
    const { graph, droppedBy } = pruneDraft(draft(), new Set([attack]));
    expect(graph.relations.map((r) => r.predicate)).toEqual(['PART_OF', 'HOSTS', 'LEADS', 'SAID', 'ABOUT']);
    expect(graph.figures.map((f) => f.attack)).toEqual(['attack:kyiv-drone-strikes']);
    expect([...droppedBy.keys()].sort()).toEqual([attack, figureKey(1), relationKey(3), relationKey(4)].sort());
  });

  it('drops what refers to a stored entity the draft only points at', () => {
    const { graph, droppedBy } = pruneDraft(draft(), new Set(['organization:kyiv-military-administration']));
    expect(graph.entities).toEqual(draft().entities);
    expect(graph.figures.map((f) => f.reportedBy)).toEqual(['person:ivan-fedorov']);
    expect(droppedBy.get(figureKey(0))).toBe('organization:kyiv-military-administration');
  });

  it('drops a figure or a position by hand alone', () => {
    const { graph, droppedBy } = pruneDraft(draft(), new Set([figureKey(0), positionKey(0)]));
    expect(graph.entities).toEqual(draft().entities);
    expect(graph.relations).toEqual(draft().relations);
    expect(graph.figures).toHaveLength(1);
    expect(graph.positions).toEqual([]);
    expect(droppedBy.size).toBe(2);
  });

  it('leaves a statement the draft gives no speaker for the import to refuse', () => {
    const input = draft();
    input.relations = input.relations.filter((r) => r.predicate !== 'SAID');
    const { graph } = pruneDraft(input, new Set(['person:volodymyr-zelenskyy']));
    expect(entityIds(graph)).toContain('statement:zelenskyy-riyadh-meeting-useful');
  });

  it('never leaves a reference to a dropped entity, whichever one is dropped', () => {
    const all = new Set([...entityIds(draft()), ...references(draft())]);
    for (const id of all) {
      const { graph, droppedBy } = pruneDraft(draft(), new Set([id]));
      const kept = new Set(entityIds(graph));
      const dangling = [...references(graph)].filter(
        (ref) => droppedBy.has(ref) || (entityIds(draft()).includes(ref) && !kept.has(ref)),
      );
      expect({ id, dangling }).toEqual({ id, dangling: [] });
    }
  });

  it('does not change the draft it is given', () => {
    const input = draft();
    pruneDraft(input, new Set(['person:volodymyr-zelenskyy', 'attack:zaporizhzhia-drone-attack']));
    expect(input).toEqual(draft());
  });
});
