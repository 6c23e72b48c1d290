import { Field, ID, InterfaceType } from 'type-graphql';
import { typeNameOfId } from './type-name';

@InterfaceType({
  description: 'Anything with a stable id `<type>:<slug>`; `node(id)` resolves it.',
  resolveType: (value: { id: string }) => typeNameOfId(value.id),
})
export abstract class Node {
  @Field((_type) => ID)
  id!: string;
}
