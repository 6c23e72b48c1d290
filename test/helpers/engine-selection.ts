/** The engines the store tests run on, as `ENGINES` names them. */
export type EngineName = 'SQLite' | 'PostgreSQL';

const NAMES: Record<string, EngineName> = { sqlite: 'SQLite', postgres: 'PostgreSQL', postgresql: 'PostgreSQL' };

/**
 * `ENGINES` narrows the engines, as Kysely's tests narrow their dialects: a comma-separated list
 * such as `sqlite` or `sqlite,postgres`. Unset or empty means both, which `npm test` and CI run.
 * An unknown name throws rather than running fewer tests than asked for.
 * Kept apart from engines.ts so that global setup reads it without loading the store.
 */
export function selectedEngines(value = process.env.ENGINES): Set<EngineName> {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  if (names.length === 0) return new Set(['SQLite', 'PostgreSQL']);
  const unknown = names.filter((name) => !Object.hasOwn(NAMES, name));
  if (unknown.length > 0) {
    throw new Error(
      `ENGINES=${value} names no engine in "${unknown.join(', ')}": use sqlite, postgres, or both (sqlite,postgres).`,
    );
  }
  return new Set(names.map((name) => NAMES[name]));
}
