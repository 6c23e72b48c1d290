import { type EntityRef, TYPE_LABELS } from '../entity-types';
import { Link, entityHref } from '../router';

/** A linked entity: its name, with a dot in its type's colour. */
export function EntityLink({ entity }: { entity: EntityRef }) {
  return (
    <Link
      to={entityHref(entity.id)}
      className={`entity-link type-${entity.type.toLowerCase()}`}
      title={TYPE_LABELS[entity.type]}
    >
      <span className="type-dot" aria-hidden="true" />
      {entity.name}
    </Link>
  );
}

/** Several linked entities, or a quiet dash when there are none. */
export function EntityLinks({ entities }: { entities: readonly EntityRef[] }) {
  if (entities.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="chips">
      {entities.map((entity) => (
        <li key={entity.id}>
          <EntityLink entity={entity} />
        </li>
      ))}
    </ul>
  );
}
