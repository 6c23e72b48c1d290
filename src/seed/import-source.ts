import { UserErrorCode } from '../domain/user-error-code';
import type { GraphStore } from '../store/graph-store';
import type { EntityRecord } from '../store/records';
import type { WriteAuthor, WriteProblem } from '../store/write-records';
import { Predicate } from '../domain/predicate';
import { checkingSourceGraph } from './build-source-graph';
import { figureId, relationRecord } from './seed-records';
import { SeedGraphFile, SeedSource } from './seed-file';
import { runInSlices } from '../time-slices';
import { validateSeedJson, validatingSeedJson } from './validate-seed-json';

/** A source to import: what a seed folder holds, or what `importSource` was sent. */
export interface ImportRequest {
  source: unknown;
  text: string;
  graph: unknown;
}

export interface ImportResult {
  /** The source's id once stored (or found stored already); null when refused. */
  sourceId: string | null;
  /** False when the same source was stored already: nothing changed. */
  stored: boolean;
  /** Entities that were stored already and grew. */
  merged: string[];
  /** Fields are paths into the request (`["graph", "relations", "3", "evidence", "0", "quote"]`). */
  problems: WriteProblem[];
}

/**
 * The one way a source enters the graph, for imports over the API, the seed loader and
 * start-up seeding alike: the seed rules (shape, quotes located in the text, references,
 * predicate types), entities stored already looked up so the graph may link to them and give
 * them again (they merge), then one write transaction. Every problem is found before anything
 * is written; the store checks again under its write lock.
 */
export async function importSource(store: GraphStore, request: ImportRequest, author: WriteAuthor): Promise<ImportResult> {
  const refused = (problems: WriteProblem[]): ImportResult => ({ sourceId: null, stored: false, merged: [], problems });
  // Cheap checks first: the source's few fields, then one look-up of its id, answer a repeat
  // or a CONFLICT before the graph (megabytes) is validated, its text split and its quotes found.
  const source = validateSeedJson(SeedSource, request.source, ['source']);
  if (source.problems.length === 0) {
    const [stored] = await store.sourcesByIds([source.value.id]);
    if (stored?.text === request.text) return { sourceId: stored.id, stored: false, merged: [], problems: [] };
    if (stored) {
      return refused([{ code: UserErrorCode.CONFLICT, field: ['source', 'id'], message: `${stored.id} is stored already, with another text` }]);
    }
  }
  // The expensive ones in slices (time-slices.ts): a 7 MB graph takes seconds, and the event
  // loop goes on serving other requests meanwhile. They stop once the request is answered.
  const slices = { signal: author.gate?.signal };
  const graph = await runInSlices(validatingSeedJson(SeedGraphFile, request.graph, ['graph']), slices);
  if (source.problems.length + graph.problems.length > 0) return refused([...source.problems, ...graph.problems]);
  const file = graph.value;

  const ids = [
    ...file.entities.map((e) => e.id),
    ...file.relations.flatMap((r) => [r.subject, r.object]),
    ...file.positions.flatMap((p) => (p.of ? [p.person, p.of] : [p.person])),
    ...file.figures.flatMap((f) => (f.reportedBy ? [f.attack, f.reportedBy] : [f.attack])),
  ];
  const known = new Map<string, EntityRecord>((await store.entitiesByIds([...new Set(ids)])).map((e) => [e.id, e]));
  const checked = await runInSlices(checkingSourceGraph(source.value, request.text, file, known), slices);
  const prefixed = checked.problems.map((p) => ({ ...p, field: ['graph', ...p.field] }));
  if (prefixed.length > 0) return refused(prefixed);

  const result = await store.importSourceGraph(checked.graph, author);
  if (!result.ok) {
    const place = inputPlaces(file);
    return refused(result.problems.map((p) => ({ ...p, field: place(p.field) })));
  }
  return { sourceId: source.value.id, stored: result.value.stored, merged: result.value.merged, problems: [] };
}

/**
 * The store names what it refuses by id (it does not know the input): `["graph", "entities",
 * <id>, field]`, and likewise relations and figures. This points at their place in the input;
 * a position's mirrored HOLDS_POSITION relation is the position, its role the title.
 */
function inputPlaces(file: SeedGraphFile): (field: string[]) => string[] {
  const places = new Map<string, string[]>();
  file.entities.forEach((e, i) => places.set(e.id, ['entities', String(i)]));
  file.relations.forEach((r, i) => places.set(relationRecord(r.subject, r.predicate, r.object, null).id, ['relations', String(i)]));
  file.positions.forEach((p, i) => {
    if (p.of) places.set(relationRecord(p.person, Predicate.HOLDS_POSITION, p.of, null).id, ['positions', String(i)]);
  });
  file.figures.forEach((f, i) => places.set(figureId(f.attack, f.metric, f.value, f.reportedBy ?? null), ['figures', String(i)]));
  return (field) => {
    const [graph, list, id, ...rest] = field;
    const at = graph === 'graph' && list !== undefined && id !== undefined ? places.get(id) : undefined;
    if (!at) return field;
    const inner = at[0] === 'positions' && rest[0] === 'role' ? ['title'] : rest;
    return [graph, ...at, ...inner];
  };
}
