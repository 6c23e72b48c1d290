import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Entity } from '../entities/entity.interface';
import { Node } from '../entities/node.interface';
import { typeNameOfId } from '../entities/type-name';
import { loadNode } from '../loaders/load-node';
import type { Context } from '../server/context';

@Resolver()
export class NodeResolver {
  @Query((_returns) => Node, { nullable: true, description: 'Any node by id; null when there is none.' })
  node(@Arg('id', (_type) => ID) id: string, @Ctx() { loaders }: Context) {
    return loadNode(loaders, id);
  }

  @Query((_returns) => [Node], {
    nullable: 'items',
    description: 'Nodes in the order of `ids`; null where there is none.',
  })
  nodes(@Arg('ids', (_type) => [ID]) ids: string[], @Ctx() { loaders }: Context) {
    return Promise.all(ids.map((id) => loadNode(loaders, id)));
  }

  @Query((_returns) => Entity, { nullable: true, description: 'An entity by id; null when there is none.' })
  async entity(@Arg('id', (_type) => ID) id: string, @Ctx() { loaders }: Context) {
    const type = typeNameOfId(id);
    if (type === undefined || type === 'Source' || type === 'Relation') return null;
    return loaders.entity.load(id);
  }
}
