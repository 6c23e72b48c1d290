import { useQuery } from '@apollo/client/react';
import { EntityCardDocument } from '../../../../graph/generated/graphql';
import type { EntityRef } from '../entity-types';
import { EntityLink } from './EntityLink';
import { SearchBox } from './SearchBox';

interface EntityPickerProps {
  label: string;
  id: string | null;
  onPick: (entity: EntityRef) => void;
}

/** Chooses an entity by searching; shows the chosen one (its name comes from the cache once loaded). */
export function EntityPicker({ label, id, onPick }: EntityPickerProps) {
  const { data } = useQuery(EntityCardDocument, { variables: { id: id ?? '' }, skip: !id });
  const chosen = id ? data?.entity : null;
  return (
    <div className="picker">
      <span className="picker-label">{label}</span>
      <div className="picker-chosen">
        {chosen ? <EntityLink entity={chosen} /> : <span className="muted">{id ? '…' : 'nothing chosen yet'}</span>}
      </div>
      <SearchBox
        label={`${label}: search for an entity`}
        placeholder={chosen ? 'Change…' : 'Search…'}
        onPick={onPick}
        className="search-compact"
      />
    </div>
  );
}
