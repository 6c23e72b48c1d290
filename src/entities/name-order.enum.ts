import { registerEnumType } from 'type-graphql';

export enum NameOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}

registerEnumType(NameOrder, { name: 'NameOrder', description: 'List order: by name (then id), either way.' });
