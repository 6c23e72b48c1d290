import { EntityType } from '../domain/entity-type';
import { Predicate } from '../domain/predicate';
import type { DraftEntity, DraftFigure, DraftGraph, DraftPosition, DraftQuote, DraftRelation } from './draft';
import type { ResolvedEntity } from './entities';
import type { Mention } from './mention';
import type { Gazetteer } from './gazetteer';
import { DraftIds } from './ids';
import { quoteAt } from './spans';

/** What a rule records beside each item: how sure it is, and its name. */
export interface Made {
  rule: string;
  confidence: number;
}

/**
 * The draft as the rules fill it: entities of the article by their resolved group, events and
 * statements as they are found, relations without repeats. Every quote is cut from the text
 * by `quote` (spans.ts), so it is the text's own words, found once or pinned with `within`.
 */
export class DraftBuilder {
  readonly ids: DraftIds;
  private readonly entities = new Map<string, DraftEntity>();
  private readonly byResolved = new Map<ResolvedEntity, string>();
  private readonly relations = new Map<string, DraftRelation>();
  private readonly positions: DraftPosition[] = [];
  private readonly figures: DraftFigure[] = [];
  readonly linked = new Set<string>();

  constructor(
    readonly text: string,
    gazetteer: Gazetteer,
  ) {
    this.ids = new DraftIds((id) => gazetteer.holds(id));
  }

  /** The words at `start`..`end` as a quote, or null when the text repeats them too widely to pin (spans.ts); items keep the quotes that are not null. */
  quote(start: number, end: number): Quoted {
    return quoteAt(this.text, start, end);
  }

  /** The id of a resolved person, organization or place, added to the draft on first use. */
  idOf(e: ResolvedEntity): string {
    const known = this.byResolved.get(e);
    if (known) return known;
    const id = e.stored ? this.ids.keep(e.stored.id) : this.ids.next(e.type, e.name);
    if (e.stored) this.linked.add(id);
    const surfaces = [...new Set(e.mentions.map((m) => this.text.slice(m.start, m.end)))];
    const names = new Set([e.name, ...(e.stored ? [e.stored.name, ...e.stored.aliases] : [])]);
    const entity: DraftEntity = {
      id,
      type: e.type,
      name: e.name,
      // Other names the text prints for it: words of the source, as the import holds aliases to.
      aliases: surfaces.filter(
        (s) =>
          !names.has(s) && s !== e.name && e.mentions.some((m) => isAlias(m) && this.text.slice(m.start, m.end) === s),
      ),
      description: null,
      mentions: unique(e.mentions.map((m) => this.quote(m.start, m.end))),
      confidence: round(e.confidence),
      rule: e.stored ? `${e.rule}; linked to the graph` : e.rule,
    };
    if (e.type === EntityType.PERSON)
      entity.anonymous = e.stored?.anonymous ?? e.mentions.some((m) => m.anonymous === true);
    else entity.kind = e.stored?.kind ?? e.kind ?? 'OTHER';
    this.entities.set(id, entity);
    this.byResolved.set(e, id);
    return id;
  }

  /** An event or statement: a new entity of the draft. */
  addEntity(
    entity: Omit<DraftEntity, 'id' | 'confidence' | 'rule' | 'description' | 'mentions'> & { mentions: Quoted[] },
    made: Made,
  ): string {
    const id = this.ids.next(entity.type, entity.name);
    this.entities.set(id, {
      id,
      ...entity,
      description: null,
      mentions: unique(entity.mentions),
      confidence: round(made.confidence),
      rule: made.rule,
    });
    return id;
  }

  entity(id: string): DraftEntity | undefined {
    return this.entities.get(id);
  }

  relate(subject: string, predicate: Predicate, object: string, evidence: Quoted[], made: Made): void {
    const k = `${subject} ${predicate} ${object}`;
    const have = this.relations.get(k);
    if (have) {
      have.evidence = unique([...have.evidence, ...evidence]);
      return;
    }
    this.relations.set(k, {
      subject,
      predicate,
      object,
      role: null,
      evidence: unique(evidence),
      confidence: round(made.confidence),
      rule: made.rule,
    });
  }

  hasRelation(subject: string, predicate: Predicate, object: string): boolean {
    return this.relations.has(`${subject} ${predicate} ${object}`);
  }

  position(p: Omit<DraftPosition, 'confidence' | 'rule' | 'evidence'> & { evidence: Quoted[] }, made: Made): void {
    const same = this.positions.find(
      (x) => x.person === p.person && x.title.toLowerCase() === p.title.toLowerCase() && x.of === p.of,
    );
    if (same) same.evidence = unique([...same.evidence, ...p.evidence]);
    else
      this.positions.push({ ...p, evidence: unique(p.evidence), confidence: round(made.confidence), rule: made.rule });
  }

  figure(f: Omit<DraftFigure, 'confidence' | 'rule' | 'evidence'> & { evidence: Quoted[] }, made: Made): void {
    const same = this.figures.find(
      (x) => x.attack === f.attack && x.metric === f.metric && x.value === f.value && x.reportedBy === f.reportedBy,
    );
    if (same) same.evidence = unique([...same.evidence, ...f.evidence]);
    else this.figures.push({ ...f, evidence: unique(f.evidence), confidence: round(made.confidence), rule: made.rule });
  }

  graph(): DraftGraph {
    return pinned({
      entities: [...this.entities.values()],
      positions: this.positions,
      relations: [...this.relations.values()],
      figures: withoutUnattributedRepeats(this.figures),
    });
  }
}

/** A quote cut from the text, or null when it could not be pinned. */
export type Quoted = DraftQuote | null;

/**
 * The draft without what lost every quote (a text that repeats a passage whole leaves some words
 * unpinnable) and without what needs something so left out: relations, positions and figures
 * of a missing entity, a statement without its speaker. An import refuses an item with no quote.
 */
function pinned(graph: DraftGraph): DraftGraph {
  let { entities, positions, relations, figures } = graph;
  const dropped = new Set<string>();
  const kept = (id: string | null) => id === null || !dropped.has(id);
  for (;;) {
    relations = relations.filter((r) => r.evidence.length > 0 && kept(r.subject) && kept(r.object));
    positions = positions.filter((p) => p.evidence.length > 0 && kept(p.person) && kept(p.of));
    figures = figures.filter((f) => f.evidence.length > 0 && kept(f.attack) && kept(f.reportedBy));
    const spoken = new Set(relations.filter((r) => r.predicate === Predicate.SAID).map((r) => r.object));
    const gone = entities.filter(
      (e) => e.mentions.length === 0 || (e.type === EntityType.STATEMENT && !spoken.has(e.id)),
    );
    if (gone.length === 0) return { entities, positions, relations, figures };
    for (const e of gone) dropped.add(e.id);
    entities = entities.filter((e) => !dropped.has(e.id));
  }
}

/**
 * A count given with no reporter that a reporter gives too (a headline's "killing 12", the
 * governor's 12) is one figure: the reported one, with both quotes.
 */
function withoutUnattributedRepeats(figures: DraftFigure[]): DraftFigure[] {
  return figures.filter((f) => {
    if (f.reportedBy !== null) return true;
    const reported = figures.find(
      (x) => x !== f && x.reportedBy !== null && x.metric === f.metric && x.value === f.value && x.attack === f.attack,
    );
    if (!reported) return true;
    reported.evidence = unique([...reported.evidence, ...f.evidence]);
    return false;
  });
}

/** Words that name the entity and may be kept as an alias: not a demonym ("Russian"), a surname alone, a dateline's capitals, an adjective ("Kyiv regional"). */
function isAlias(m: Mention): boolean {
  return !m.partial && !m.noAlias && !m.dateline && m.rule !== 'demonym' && m.rule !== 'regional title';
}

function unique(quotes: readonly Quoted[]): DraftQuote[] {
  const seen = new Set<string>();
  return quotes.filter((q): q is DraftQuote => {
    if (q === null) return false;
    const k = `${q.quote}\u0000${q.within ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function round(confidence: number): number {
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
}
