import type { DraftView, ScoredEntity } from './draft-view';
import { type EntityLabel, NAMED_TYPES, type NamedType } from './labels';
import { type Category, category } from './metrics';
import { pairItems } from './pairing';
import { fitsAny } from './patterns';

export interface EntityScores {
  entities: Category;
  byType: Record<NamedType, Category>;
  linking: Category;
  /** The label each entity answers patterns through: the one it paired with, or the optional one it was ignored under. */
  labelOf: Map<ScoredEntity, EntityLabel>;
}

const fits = (label: EntityLabel, entity: ScoredEntity) =>
  label.type === entity.type && fitsAny(label.match, entity.folded);
const named = (e: ScoredEntity) => `${e.type} ${e.names[0]} (${e.id}${e.listed ? '' : ', referred to by id'})`;

/**
 * Entities pair with labels of their type one to one, an entity carrying the label's stored id
 * preferred. Linking is judged among the labels with `existing`: found when the paired entity
 * has exactly that id; a paired entity carrying another stored id (or one where the label says
 * the entity is new) is a wrong link, counted against linking's precision.
 */
export function scoreEntities(labels: readonly EntityLabel[], view: DraftView): EntityScores {
  const pairing = pairItems(labels, view.entities, fits, (l, e) => l.existing !== null && e.id === l.existing);
  const labelOf = new Map<ScoredEntity, EntityLabel>([
    ...pairing.pairs.map((p) => [p.draft, p.label] as const),
    ...pairing.ignored.map((i) => [i.draft, i.label] as const),
  ]);

  const ofType = (type: NamedType | null): Category =>
    category({
      matched: pairing.pairs
        .filter((p) => type === null || p.label.type === type)
        .map((p) => `${p.label.name} <- ${named(p.draft)}`),
      missed: pairing.missed.filter((l) => type === null || l.type === type).map((l) => `${l.type} ${l.name}`),
      extra: pairing.extra
        .filter((x) => type === null || x.draft.type === type)
        .map((x) => `${named(x.draft)}: ${x.duplicateOf ? `a duplicate of ${x.duplicateOf.name}` : 'fits no label'}`),
    });

  const linkMissed = pairing.missed
    .filter((l) => l.existing !== null)
    .map((l) => `${l.name}: ${l.existing} expected, not found`);
  const linking = category({
    matched: pairing.pairs
      .filter((p) => p.label.existing !== null && p.draft.id === p.label.existing)
      .map((p) => `${p.label.name}: ${p.draft.id}`),
    missed: [
      ...pairing.pairs
        .filter((p) => p.label.existing !== null && p.draft.id !== p.label.existing)
        .map((p) => `${p.label.name}: ${p.label.existing} expected, drafted as ${p.draft.id}`),
      ...linkMissed,
    ],
    extra: pairing.pairs
      .filter((p) => p.draft.stored && p.draft.id !== p.label.existing)
      .map(
        (p) =>
          `${p.label.name}: linked to ${p.draft.id}, ${p.label.existing === null ? 'a new entity' : `not ${p.label.existing}`}`,
      ),
  });

  return {
    entities: ofType(null),
    byType: Object.fromEntries(NAMED_TYPES.map((t) => [t, ofType(t)])) as Record<NamedType, Category>,
    linking,
    labelOf,
  };
}
