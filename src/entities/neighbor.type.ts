import { Field, Int, ObjectType } from 'type-graphql';

/** `entity` and `via` are resolved in `NeighborResolver`. */
@ObjectType({ simpleResolvers: true, description: 'An entity near another, for drawing the graph around it.' })
export class Neighbor {
  @Field((_type) => Int, { description: 'How many relations away.' })
  distance!: number;

  entityId!: string;
  viaId!: string;
}
