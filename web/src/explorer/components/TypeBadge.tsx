import type { EntityType } from '../../../../graph/generated/graphql';
import { TYPE_LABELS } from '../entity-types';

/** The entity's type as a small coloured label. */
export function TypeBadge({ type }: { type: EntityType }) {
  return <span className={`type-badge type-${type.toLowerCase()}`}>{TYPE_LABELS[type]}</span>;
}
