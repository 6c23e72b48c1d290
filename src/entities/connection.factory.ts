import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type';

/** A Relay connection over `NodeType`; subclass it once per type so each gets its own name. */
export function Connection<T extends object>(NodeType: ClassType<T>) {
  @ObjectType(`${NodeType.name}Edge`, { simpleResolvers: true })
  abstract class Edge {
    @Field()
    cursor!: string;

    @Field((_type) => NodeType)
    node!: T;
  }

  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionClass {
    @Field((_type) => [Edge])
    edges!: Edge[];

    @Field((_type) => PageInfo)
    pageInfo!: PageInfo;

    @Field((_type) => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}
