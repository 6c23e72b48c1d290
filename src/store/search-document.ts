import { EntityType } from '../domain/entity-type';
import type { EntityRecord } from './records';

/** The three weighted fields an entity is found by: its name, its aliases, and the rest of its words. */
export function searchDocument(e: EntityRecord): { name: string; aliases: string; body: string } {
  return {
    name: e.name,
    aliases: e.aliases.join(' · '),
    body: [e.description, ...ownWords(e)].filter(Boolean).join(' · '),
  };
}

function ownWords(e: EntityRecord): (string | null)[] {
  switch (e.type) {
    case EntityType.ATTACK:
      return [...e.damage, e.timeOfDay];
    case EntityType.NEGOTIATION:
      return [e.outcome, ...e.topics];
    case EntityType.STATEMENT:
      return [e.text];
    default:
      return [];
  }
}
