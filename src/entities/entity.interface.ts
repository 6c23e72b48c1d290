import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { EntityType } from './entity-type.enum';
import { Node } from './node.interface';
import { typeNameOfId } from './type-name';

/** What every typed entity shares; mentions, relations and neighbors are resolved in `EntityResolver`. */
@InterfaceType({
  implements: Node,
  description: 'A person, organization, place, event or statement the sources speak of.',
  resolveType: (value: { id: string }) => typeNameOfId(value.id),
})
export abstract class Entity implements Node {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => EntityType)
  type!: EntityType;

  @Field({ description: 'Display label; for events and statements a short title.' })
  name!: string;

  @Field((_type) => [String], { description: 'Other names the sources use for it.' })
  aliases!: string[];

  @Field((_type) => String, { nullable: true })
  description!: string | null;

  @Field((_type) => Int, {
    description: '1 when created, bumped by every change to it; updates and deletes name the version they read.',
  })
  version!: number;
}
