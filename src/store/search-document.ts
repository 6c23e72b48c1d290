import type { EntityRecord } from './records';

/** The three weighted fields an entity is found by: its name, its aliases, and the rest of its words. */
export function searchDocument(e: EntityRecord): { name: string; aliases: string; body: string } {
  return {
    name: e.name,
    aliases: e.aliases.join(' · '),
    body: [e.description, e.text, e.outcome, ...e.topics, ...e.damage, e.timeOfDay].filter(Boolean).join(' · '),
  };
}
