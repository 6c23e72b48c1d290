import type { DraftView, ScoredEntity } from './draft-view';
import { labelsNamedBy } from './label-names';
import type { EntityLabel } from './labels';
import { alternatives, fragmentRegExp } from './patterns';

/**
 * Whether a draft entity answers a label pattern (`reportedBy`, `speaker`, `person`, `of`,
 * `perpetrator`, `targets`, `venue`, `mediators`, `parties`). An entity paired with a label
 * answers through that label: some alternative names it. One that paired with none answers
 * by its own names: some alternative, as a fragment, is found in one of them. So "Kyiv oblast"
 * paired with the Kyiv region label does not answer `^kyiv$`, however its words read.
 */
export class PatternAnswers {
  private readonly namedBy = new Map<string, Set<EntityLabel>>();

  constructor(
    private readonly labels: readonly EntityLabel[],
    private readonly view: DraftView,
    /** The label each entity answers through: the one it paired with, or the optional one it was ignored under. */
    private readonly labelOf: ReadonlyMap<ScoredEntity, EntityLabel>,
  ) {}

  answers(id: string, pattern: string): boolean {
    const entity = this.view.entity(id);
    if (!entity) return false;
    const label = this.labelOf.get(entity);
    const alts = alternatives(pattern);
    if (label) return alts.some((a) => this.named(a).has(label));
    return alts.some((a) => entity.folded.some((name) => fragmentRegExp(a).test(name)));
  }

  /**
   * One part of an item: a pattern against a drafted id, either of them null. A null pattern
   * means the article names none, so it fits only a draft that names none; in an optional item
   * it fits anything (LABELS.md, optional items).
   */
  fits(pattern: string | null, id: string | null, nullFitsAnything: boolean): boolean {
    if (pattern === null) return nullFitsAnything || id === null;
    return id !== null && this.answers(id, pattern);
  }

  private named(alternative: string): Set<EntityLabel> {
    let labels = this.namedBy.get(alternative);
    if (!labels) {
      labels = new Set(labelsNamedBy(this.labels, alternative));
      this.namedBy.set(alternative, labels);
    }
    return labels;
  }
}
