import { EntityType } from '../domain/entity-type';
import type { LocationKind } from '../domain/location-kind';
import type { OrganizationKind } from '../domain/organization-kind';
import type { Predicate } from '../domain/predicate';
import type { StatementKind } from '../domain/statement-kind';
import { UserErrorCode } from '../domain/user-error-code';
import type { EntityRecord, RelationRecord } from '../store/records';
import { slugify } from '../text/slug';
import { SeedError } from './seed-error';
import { type SeedEntity, TYPE_FIELDS, kindsFor } from './seed-file';

/** A seed item as the store keeps it: an entity's shape checked and its record made, the ids of relations and figures. */

/** The fields every entity may carry; `confidence` and `rule` are a draft's notes (src/extract/), which importing ignores. */
const COMMON_FIELDS = ['id', 'type', 'name', 'aliases', 'description', 'mentions', 'confidence', 'rule'];

export function checkEntityShape(e: SeedEntity, item: string, at: string[]): void {
  const prefix = `${e.type.toLowerCase()}:`;
  if (!e.id.startsWith(prefix)) {
    throw new SeedError(`${item}: id of a ${e.type} must start with "${prefix}"`, { code: UserErrorCode.TYPE_MISMATCH, path: [...at, 'id'] });
  }
  const allowed = new Set([...COMMON_FIELDS, ...TYPE_FIELDS[e.type]]);
  for (const [key, value] of Object.entries(e)) {
    if (value === undefined) continue;
    if (!allowed.has(key)) throw new SeedError(`${item}: field "${key}" does not belong to a ${e.type}`, { path: [...at, key] });
  }
  const kinds = kindsFor(e.type);
  if (kinds && (e.kind === undefined || !kinds.includes(e.kind))) {
    throw new SeedError(`${item}: kind of a ${e.type} must be one of ${kinds.join(', ')}`, { path: [...at, 'kind'] });
  }
}

/**
 * The record of a validated seed entity: its type's fields, checked present (the validator
 * requires them). Assigned, not spread, for the reason `toEntity` gives.
 */
export function toEntityRecord(e: SeedEntity): EntityRecord {
  const common = { id: e.id, name: e.name, aliases: e.aliases, description: e.description ?? null };
  const need = <T>(value: T | null | undefined, field: string): T => {
    if (value == null) throw new SeedError(`${e.id}: a ${e.type} needs "${field}"`);
    return value;
  };
  switch (e.type) {
    case EntityType.PERSON:
      return Object.assign(common, { type: e.type, anonymous: Boolean(e.anonymous) });
    case EntityType.ORGANIZATION:
      return Object.assign(common, { type: e.type, kind: need(e.kind, 'kind') as OrganizationKind });
    case EntityType.LOCATION:
      return Object.assign(common, { type: e.type, kind: need(e.kind, 'kind') as LocationKind });
    case EntityType.ATTACK:
      return Object.assign(common, {
        type: e.type,
        weapon: need(e.weapon, 'weapon'),
        occurredOn: e.occurredOn ?? null,
        timeOfDay: e.timeOfDay ?? null,
        damage: e.damage ?? [],
      });
    case EntityType.NEGOTIATION:
      return Object.assign(common, { type: e.type, status: need(e.status, 'status'), topics: e.topics ?? [], outcome: e.outcome ?? null });
    case EntityType.STATEMENT:
      return Object.assign(common, { type: e.type, kind: need(e.kind, 'kind') as StatementKind, text: need(e.text, 'text') });
  }
}

/** A figure's id: the same report (attack, metric, value, reporter) from two sources is one figure. */
export function figureId(attackId: string, metric: string, value: number, reportedById: string | null): string {
  return `figure:${slugify(attackId)}--${slugify(metric)}--${value}--${reportedById ? slugify(reportedById) : 'unattributed'}`;
}

export function relationRecord(subjectId: string, predicate: Predicate, objectId: string, role: string | null): RelationRecord {
  return { id: `relation:${slugify(subjectId)}--${slugify(predicate)}--${slugify(objectId)}`, predicate, subjectId, objectId, role };
}
