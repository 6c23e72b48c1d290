import type { EntityType } from '../domain/entity-type';
import { slugify } from '../text/slug';
import { fold } from '../text/fold';

/**
 * Fresh `<type>:<slug>` ids for new entities of one draft: the slug of the name, numbered when
 * another entity (of the draft or the graph) has it already. `taken` holds stored ids.
 */
export class DraftIds {
  private readonly used = new Set<string>();

  constructor(private readonly taken: (id: string) => boolean) {}

  next(type: EntityType, name: string): string {
    const base = `${type.toLowerCase()}:${slugify(fold(name)).slice(0, 80).replace(/-+$/, '') || 'unnamed'}`;
    let id = base;
    for (let n = 2; this.used.has(id) || this.taken(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }

  /** A stored entity's id, kept: no new entity may take it. */
  keep(id: string): string {
    this.used.add(id);
    return id;
  }
}
