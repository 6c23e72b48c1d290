import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Entity } from '../entities/entity.interface';
import { PathStep } from '../entities/path-step.type';
import { Path } from '../entities/path.type';
import { Relation } from '../entities/relation.type';
import { BadUserInputError } from '../errors/bad-user-input.error';
import { quoteInput } from '../errors/quote-input';
import { loadAll } from '../loaders/batch';
import type { Context } from '../server/context';
import type { PathRecord } from '../store/records';
import { PathArgs, PathsArgs } from './args/path.args';
import { PagedBy } from './bounded-list';

@Resolver(() => PathStep)
export class PathResolver {
  @Query((_returns) => Path, {
    nullable: true,
    description: 'A shortest path of cited relations, walked either way; null when none is within maxDepth.',
  })
  async path(@Args() { from, to, maxDepth }: PathArgs, @Ctx() ctx: Context): Promise<Path | null> {
    const [found] = await findPaths(ctx, { from, to, maxDepth, first: 1 });
    return found ?? null;
  }

  @Query((_returns) => [Path], { description: "Up to `first` loop-free paths, shortest first (Yen's algorithm)." })
  @PagedBy(PathsArgs)
  paths(@Args() args: PathsArgs, @Ctx() ctx: Context): Promise<Path[]> {
    return findPaths(ctx, args);
  }

  @FieldResolver(() => Entity)
  entity(@Root() step: PathStep, @Ctx() { loaders }: Context) {
    return loaders.entity.load(step.entityId);
  }

  @FieldResolver(() => Relation, { nullable: true, description: 'The relation that led here; null on the first step.' })
  via(@Root() step: PathStep, @Ctx() { loaders }: Context) {
    return step.viaId === null ? null : loaders.relation.load(step.viaId);
  }
}

/** Checks both ends exist (an unknown one is the caller's mistake), then asks the store. */
async function findPaths({ store, loaders }: Context, { from, to, maxDepth, first }: PathsArgs): Promise<Path[]> {
  const [start, end] = await loadAll(loaders.entity, [from, to]);
  if (!start) throw new BadUserInputError('from', `no entity has id ${quoteInput(from)}`);
  if (!end) throw new BadUserInputError('to', `no entity has id ${quoteInput(to)}`);
  const found = await store.paths({ fromId: from, toId: to, maxDepth, first });
  return found.map(toPath);
}

function toPath(p: PathRecord): Path {
  return {
    length: p.relationIds.length,
    steps: p.entityIds.map((entityId, i) => ({ entityId, viaId: i === 0 ? null : p.relationIds[i - 1] })),
  };
}
