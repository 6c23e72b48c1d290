import type { DraftRow } from './draft-review';
import type { ItemKey } from './draft-prune';

export interface RowChoice {
  /** Who dropped what: an item's key, with the key of the item whose drop took it along. */
  droppedBy: ReadonlyMap<ItemKey, ItemKey>;
  titleOf: (key: ItemKey) => string;
  toggle: (key: ItemKey) => void;
}

/** One item to accept or drop: its words, how sure the extractor is, and what goes with it. */
function Row({ row, choice }: { row: DraftRow; choice: RowChoice }) {
  const root = choice.droppedBy.get(row.key);
  const byHand = root === row.key;
  const withIt = byHand
    ? [...choice.droppedBy].filter(([key, by]) => by === row.key && key !== row.key).map(([key]) => key)
    : [];
  const state = root === undefined ? 'kept' : byHand ? 'dropped' : 'dropped-with';
  return (
    <li className={`draft-row draft-${state}${row.type ? ` type-${row.type.toLowerCase()}` : ''}`}>
      <div className="draft-row-head">
        <label className="draft-accept">
          <input
            type="checkbox"
            checked={root === undefined}
            disabled={state === 'dropped-with'}
            onChange={() => choice.toggle(row.key)}
          />
          <span className="visually-hidden">Accept </span>
          {row.type && <span className="type-dot" aria-hidden="true" />}
          <span className="draft-title">{row.title}</span>
        </label>
        {row.linked && <span className="draft-pill draft-linked">already in the graph</span>}
        {row.confidence !== null && (
          <span className="draft-pill" title={row.rule ?? undefined}>
            confidence {Math.round(row.confidence * 100)}%
          </span>
        )}
      </div>
      {(row.quote || row.rule) && (
        <p className="draft-line">
          {row.quote && <q className="draft-quote">{row.quote}</q>}
          {row.rule && <span className="draft-rule">{row.rule}</span>}
        </p>
      )}
      {row.details.length > 0 && <p className="draft-details">{row.details.join(' · ')}</p>}
      {state === 'dropped-with' && root && <p className="draft-note">Dropped with {choice.titleOf(root)}</p>}
      {withIt.length > 0 && (
        <p className="draft-note">
          Also dropped with it: <span className="draft-note-items">{withIt.map(choice.titleOf).join('; ')}</span>
        </p>
      )}
      {row.figures.map((group) => (
        <div key={group.reporter} className="draft-figures">
          <h4 className="draft-figures-title">Reported by {group.reporter}</h4>
          <DraftRows rows={group.rows} choice={choice} label={`Figures reported by ${group.reporter}`} />
        </div>
      ))}
    </li>
  );
}

/** A list of items, each with its own accept box. */
export function DraftRows({ rows, choice, label }: { rows: readonly DraftRow[]; choice: RowChoice; label: string }) {
  return (
    <ul className="draft-rows" aria-label={label}>
      {rows.map((row) => (
        <Row key={row.key} row={row} choice={choice} />
      ))}
    </ul>
  );
}
