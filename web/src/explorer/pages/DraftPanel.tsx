import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ExtractGraphDocument, LinkedEntitiesDocument, type SourceInput } from '../../../../graph/generated/graphql';
import { type RequestFailure, authorization, requestFailure } from '../editor-key';
import type { EntityRef } from '../entity-types';
import { type DraftGraph, readDraft } from './draft-graph';
import { type ItemKey, pruneDraft } from './draft-prune';
import { draftGroups } from './draft-review';
import { DraftRows, type RowChoice } from './DraftRows';
import { DraftText } from './DraftText';

interface Draft {
  graph: DraftGraph;
  linked: string[];
  warnings: string[];
  /** The text as drafted: the marks and quotes are of it. */
  text: string;
}

interface Props {
  text: string;
  /** The source as the form has it, when its required fields are filled in; checked with the draft. */
  source: SourceInput | null;
  apiKey: string;
  /** The accepted part of the draft as JSON, for the graph field: called on every draft and every choice. */
  onGraph: (json: string) => void;
}

/** `nodes` answers a Source, or nothing, for an id that names no entity. */
const isEntity = (node: unknown): node is EntityRef =>
  typeof node === 'object' && node !== null && 'type' in node && 'name' in node;
const asJson = (graph: DraftGraph) => `${JSON.stringify(graph, null, 2)}\n`;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "Draft the graph": the service's extractor reads the pasted article (with the editor's key,
 * since it costs what a write does), and the editor reviews what it found, marked in the text
 * and listed by kind, accepting or dropping each item. The graph field then holds the accepted
 * items and what they need, which the page imports as any graph.
 */
export function DraftPanel({ text, source, apiKey, onGraph }: Props) {
  const client = useApolloClient();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dropped, setDropped] = useState<ReadonlySet<ItemKey>>(new Set());
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<RequestFailure | null>(null);
  const review = useRef<HTMLHeadingElement>(null);

  // Stored entities the draft points at without giving them: their names, to list them by.
  const pointedAt = useMemo(() => {
    if (!draft) return [];
    const drafted = new Set(draft.graph.entities.map((e) => e.id));
    const { relations, positions, figures } = draft.graph;
    const ids = [
      ...draft.linked,
      ...relations.flatMap((r) => [r.subject, r.object]),
      ...positions.flatMap((p) => (p.of ? [p.person, p.of] : [p.person])),
      ...figures.flatMap((f) => (f.reportedBy ? [f.attack, f.reportedBy] : [f.attack])),
    ];
    return [...new Set(ids)].filter((id) => !drafted.has(id));
  }, [draft]);
  const { data: storedData } = useQuery(LinkedEntitiesDocument, {
    variables: { ids: pointedAt },
    skip: pointedAt.length === 0,
  });
  const stored = useMemo(
    () =>
      new Map<string, EntityRef>(
        (storedData?.nodes ?? []).flatMap((node) => (isEntity(node) ? [[node.id, node] as const] : [])),
      ),
    [storedData],
  );

  // A new draft takes the focus to its review, as a new page does to its heading; the button it came from was disabled meanwhile.
  useEffect(() => review.current?.focus(), [draft]);

  const pruned = useMemo(() => (draft ? pruneDraft(draft.graph, dropped) : null), [draft, dropped]);
  const groups = useMemo(() => (draft ? draftGroups(draft.graph, new Set(draft.linked), stored) : []), [draft, stored]);
  const titles = useMemo(() => {
    const byKey = new Map<ItemKey, string>();
    for (const row of groups.flatMap((g) => g.rows)) {
      byKey.set(row.key, row.title);
      // Said elsewhere than under its attack, a figure needs the attack's name.
      for (const figure of row.figures.flatMap((f) => f.rows)) byKey.set(figure.key, `${figure.title} (${row.title})`);
    }
    return byKey;
  }, [groups]);
  const nameOf = useCallback(
    (id: string) => draft?.graph.entities.find((e) => e.id === id)?.name ?? stored.get(id)?.name ?? id,
    [draft, stored],
  );

  const onDraft = async () => {
    setFailure(null);
    setLoading(true);
    try {
      const { data } = await client.query({
        query: ExtractGraphDocument,
        variables: { input: { text, source } },
        context: { headers: authorization(apiKey) },
        // A draft is read once, for this text and this graph: nothing to keep.
        fetchPolicy: 'no-cache',
      });
      const graph = readDraft(data?.extractGraph.graph);
      if (!data || !graph) throw new Error('The service answered with no draft');
      setDraft({ graph, linked: data.extractGraph.linked, warnings: data.extractGraph.warnings, text });
      setDropped(new Set());
      onGraph(asJson(graph));
    } catch (error) {
      setFailure(requestFailure(error as Error, apiKey.trim() !== ''));
    } finally {
      setLoading(false);
    }
  };

  const choice: RowChoice | null = pruned && {
    droppedBy: pruned.droppedBy,
    titleOf: (key) => titles.get(key) ?? key,
    toggle: (key) => {
      if (!draft) return;
      const next = new Set(dropped);
      if (!next.delete(key)) next.add(key);
      setDropped(next);
      onGraph(asJson(pruneDraft(draft.graph, next).graph));
    },
  };

  return (
    <section className="card draft-card" aria-labelledby="draft-title">
      <div className="card-title-row">
        <h2 id="draft-title">Draft the graph</h2>
        <button
          type="button"
          className="button"
          disabled={loading || text.trim() === ''}
          onClick={() => void onDraft()}
        >
          {loading ? 'Drafting…' : draft ? 'Draft again' : 'Draft the graph'}
        </button>
      </div>
      <p className="field-hint">
        The service reads the article above and drafts its graph, linked to what the graph holds; nothing is stored. It
        needs the editor’s key below, and counts as a write. Accepting or dropping an item rewrites the graph JSON
        below, so edit the JSON last.
      </p>
      {failure && (
        <p className="field-problem" role="alert">
          {failure.message}
        </p>
      )}
      {draft && pruned && choice && (
        <div className="draft-review">
          <h3 id="draft-review-title" className="review-title" ref={review} tabIndex={-1}>
            What the draft found
          </h3>
          <p className="draft-summary" role="status">
            The import will hold {count(pruned.graph.entities.length, 'entity', 'entities')},{' '}
            {count(pruned.graph.relations.length, 'relation', 'relations')},{' '}
            {count(pruned.graph.positions.length, 'title', 'titles')} and{' '}
            {count(pruned.graph.figures.length, 'figure', 'figures')}
            {pruned.droppedBy.size > 0 && <> ({count(pruned.droppedBy.size, 'item', 'items')} dropped)</>}.
          </p>
          {draft.text !== text && (
            <p className="field-problem" role="alert">
              The article text has changed since this draft: draft again, or its quotes may not be found.
            </p>
          )}
          {draft.warnings.length > 0 && (
            <>
              <h3 className="review-title">To look at</h3>
              <ul className="draft-warnings" aria-label="Warnings">
                {draft.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </>
          )}
          <h3 className="review-title">The article, marked</h3>
          <DraftText text={draft.text} graph={pruned.graph} nameOf={nameOf} />
          {groups.map((group) => (
            <div key={group.title} className="draft-group">
              <h3 className="review-title">{group.title}</h3>
              <DraftRows rows={group.rows} choice={choice} label={group.title} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
