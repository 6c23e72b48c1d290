import type { EntityType } from '../../../graph/generated/graphql';

/** What the explorer needs to show any entity: a link label and its type. */
export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
}

/** A label per entity type; the colours live in styles.css (`--type-person`, ...). */
export const TYPE_LABELS: Record<EntityType, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  LOCATION: 'Place',
  ATTACK: 'Attack',
  NEGOTIATION: 'Negotiation',
  STATEMENT: 'Statement',
};

/** The plural, for counts. */
export const TYPE_PLURALS: Record<EntityType, string> = {
  PERSON: 'People',
  ORGANIZATION: 'Organizations',
  LOCATION: 'Places',
  ATTACK: 'Attacks',
  NEGOTIATION: 'Negotiations',
  STATEMENT: 'Statements',
};

/** The same colours for the canvas, which cannot read CSS variables. */
export const TYPE_COLORS: Record<EntityType, string> = {
  PERSON: '#2563eb',
  ORGANIZATION: '#7c3aed',
  LOCATION: '#059669',
  ATTACK: '#dc2626',
  NEGOTIATION: '#d97706',
  STATEMENT: '#64748b',
};

/** "HOLDS_POSITION" reads as "holds position". */
export const humanize = (constant: string) => constant.toLowerCase().replace(/_/g, ' ');

/** "FAILED_TO_REACH_TARGET" reads as "Failed to reach target". */
export const sentenceCase = (constant: string) => {
  const words = humanize(constant);
  return words.charAt(0).toUpperCase() + words.slice(1);
};
