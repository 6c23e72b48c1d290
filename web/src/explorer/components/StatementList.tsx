import type { EntityRef } from '../entity-types';
import { EntityLink } from './EntityLink';

/** Statements with their words, each linking to its own page. */
export function StatementList({ statements }: { statements: readonly (EntityRef & { text: string })[] }) {
  if (statements.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="statement-list">
      {statements.map((statement) => (
        <li key={statement.id}>
          <EntityLink entity={statement} />
          <q>{statement.text}</q>
        </li>
      ))}
    </ul>
  );
}
