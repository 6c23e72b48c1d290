import type { Predicate } from '../../src/domain/predicate';
import type { DraftGraph, Extraction, KnownEntity } from '../../src/extract';
import { NAMED_TYPES, type NamedType } from './labels';
import { foldNames } from './patterns';

/** A person, organization or place of the draft, as the scorer sees it. */
export interface ScoredEntity {
  id: string;
  type: NamedType;
  /** The name first, then the aliases. */
  names: string[];
  folded: string[];
  /** The id is a stored entity's. */
  stored: boolean;
  /** Listed in the draft's entities; false for one the draft refers to only by its stored id, which counts under its stored names. */
  listed: boolean;
}

const isNamed = (type: string): type is NamedType => (NAMED_TYPES as readonly string[]).includes(type);

/** The draft indexed for scoring: its named entities (listed or referred to by stored id) and its relations by end. */
export class DraftView {
  readonly entities: ScoredEntity[] = [];
  /**
   * Ids of people, organizations or places the draft refers to that it neither lists nor the
   * store holds (an import refuses them). Other ids are not judged: `known` holds only named entities.
   */
  readonly dangling: string[] = [];
  private readonly byId = new Map<string, ScoredEntity>();
  private readonly listedIds = new Set<string>();
  private readonly subjects = new Map<string, string[]>();
  private readonly objects = new Map<string, string[]>();

  constructor(
    readonly graph: DraftGraph,
    linked: readonly string[],
    known: readonly KnownEntity[],
  ) {
    const stored = new Map(known.map((k) => [k.id, k]));
    for (const e of graph.entities) {
      this.listedIds.add(e.id);
      if (!isNamed(e.type)) continue;
      const names = [e.name, ...e.aliases];
      this.add({ id: e.id, type: e.type, names, folded: foldNames(names), stored: stored.has(e.id), listed: true });
    }
    const referred = [
      ...graph.relations.flatMap((r) => [r.subject, r.object]),
      ...graph.positions.flatMap((p) => [p.person, p.of]),
      ...graph.figures.flatMap((f) => [f.attack, f.reportedBy]),
      ...linked,
    ];
    for (const id of new Set(referred)) {
      if (id === null || this.listedIds.has(id)) continue;
      const k = stored.get(id);
      if (!k && isNamed(id.slice(0, id.indexOf(':')).toUpperCase())) this.dangling.push(id);
      else if (k && isNamed(k.type)) {
        const names = [k.name, ...k.aliases];
        this.add({ id, type: k.type, names, folded: foldNames(names), stored: true, listed: false });
      }
    }
    for (const r of graph.relations) {
      push(this.subjects, `${r.predicate} ${r.object}`, r.subject);
      push(this.objects, `${r.subject} ${r.predicate}`, r.object);
    }
  }

  /** The named entity an id points at (the first listed with it, when a draft repeats an id). */
  entity(id: string): ScoredEntity | undefined {
    return this.byId.get(id);
  }

  /** Distinct subjects of `predicate` relations to `object`. */
  subjectsOf(predicate: Predicate, object: string): string[] {
    return this.subjects.get(`${predicate} ${object}`) ?? [];
  }

  /** Distinct objects of relations from `subject` under any of `predicates`. */
  objectsOf(subject: string, predicates: readonly Predicate[]): string[] {
    return [...new Set(predicates.flatMap((p) => this.objects.get(`${subject} ${p}`) ?? []))];
  }

  /** How a report names an id: the entity's name and id, or the bare id. */
  describe(id: string | null): string {
    if (id === null) return 'none';
    const e = this.byId.get(id);
    return e ? `${e.names[0]} (${id})` : id;
  }

  private add(entity: ScoredEntity): void {
    this.entities.push(entity);
    if (!this.byId.has(entity.id)) this.byId.set(entity.id, entity);
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export function draftView(extraction: Extraction, known: readonly KnownEntity[]): DraftView {
  return new DraftView(extraction.graph, extraction.linked, known);
}
