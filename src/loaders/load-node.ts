import { typeNameOfId } from '../entities/type-name';
import type { EntityRecord, RelationRecord, SourceRecord } from '../store/records';
import type { Loaders } from './create-loaders';

/** Any node by id, through the loader its id prefix names; null for an id of no known kind. */
export async function loadNode(
  loaders: Loaders,
  id: string,
): Promise<SourceRecord | RelationRecord | EntityRecord | null> {
  switch (typeNameOfId(id)) {
    case undefined:
      return null;
    case 'Source':
      return loaders.source.load(id);
    case 'Relation':
      return loaders.relation.load(id);
    default:
      return loaders.entity.load(id);
  }
}
