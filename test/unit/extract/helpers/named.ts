import type { EntityType } from '../../../../src/domain/entity-type';
import type { DraftEntity, Extraction, KnownEntity } from '../../../../src/extract';
import { fold } from '../../../../src/text/fold';

/**
 * The ids a draft gives to entities of `type` named as `pattern` says (tested on folded names):
 * its own entities by name or alias (as the label scorer pairs them), and the stored ones it refers to by id only
 * (listed in `linked` or in its relations, positions and figures), by their stored names.
 */
export function idsNamed(x: Extraction, known: readonly KnownEntity[], type: EntityType, pattern: RegExp): string[] {
  const fits = (names: readonly string[]) => names.some((n) => pattern.test(fold(n)));
  const own = x.graph.entities.filter((e) => e.type === type && fits(namesOf(e))).map((e) => e.id);
  const listed = new Set(x.graph.entities.map((e) => e.id));
  const referred = referencesOf(x);
  const stored = known.filter(
    (k) => k.type === type && !listed.has(k.id) && referred.has(k.id) && fits([k.name, ...k.aliases]),
  );
  return [...new Set([...own, ...stored.map((k) => k.id)])];
}

/** The one id named so, or a failure that says what the draft holds instead. */
export function idNamed(x: Extraction, known: readonly KnownEntity[], type: EntityType, pattern: RegExp): string {
  const ids = idsNamed(x, known, type, pattern);
  if (ids.length !== 1) {
    const have = x.graph.entities.filter((e) => e.type === type).map((e) => `${e.id} (${namesOf(e).join(' / ')})`);
    throw new Error(
      `expected one ${type} named ${pattern}, found ${ids.length} [${ids.join(', ')}]; the draft's: ${have.join('; ') || 'none'}`,
    );
  }
  return ids[0];
}

export function namesOf(e: DraftEntity): string[] {
  return [e.name, ...e.aliases];
}

/** Every id the draft points at: `linked` and the ends of its relations, positions and figures. */
export function referencesOf(x: Extraction): Set<string> {
  const g = x.graph;
  return new Set([
    ...x.linked,
    ...g.relations.flatMap((r) => [r.subject, r.object]),
    ...g.positions.flatMap((p) => [p.person, ...(p.of ? [p.of] : [])]),
    ...g.figures.flatMap((f) => [f.attack, ...(f.reportedBy ? [f.reportedBy] : [])]),
  ]);
}
