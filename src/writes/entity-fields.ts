import type { EntityFieldsInput } from '../resolvers/inputs/entity-fields.input';

/** The type-specific fields an edit gave (null and absent alike mean "not given"). */
export function givenFields(input: EntityFieldsInput & { text?: string | null }): Record<string, unknown> {
  const fields = {
    description: input.description,
    anonymous: input.anonymous,
    kind: input.kind,
    weapon: input.weapon,
    occurredOn: input.occurredOn,
    timeOfDay: input.timeOfDay,
    damage: input.damage,
    status: input.status,
    topics: input.topics,
    outcome: input.outcome,
    text: input.text,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
}
