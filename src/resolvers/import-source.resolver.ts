import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../domain/role';
import { ImportSourcePayload } from '../entities/import-source.payload';
import { importSource } from '../seed/import-source';
import type { Context } from '../server/context';
import { authorOf } from '../writes/author-of';
import { toUserErrors } from '../writes/to-user-errors';
import { ImportSourceInput } from './inputs/import-source.input';

@Resolver()
export class ImportSourceResolver {
  @Authorized([Role.EDITOR, Role.ADMIN])
  @Mutation((_returns) => ImportSourcePayload, {
    nullable: true,
    description:
      'Adds a source and its graph (the seed format), stored whole or not at all; entities already stored may be given again (they merge) or linked to. The same source again changes nothing.',
  })
  async importSource(
    @Arg('input', (_type) => ImportSourceInput) input: ImportSourceInput,
    @Ctx() ctx: Context,
  ): Promise<ImportSourcePayload> {
    const result = await importSource(ctx.store, input, authorOf(ctx));
    const source = result.sourceId ? await ctx.loaders.source.load(result.sourceId) : null;
    return { source, created: result.stored, merged: result.merged, userErrors: toUserErrors(result.problems) };
  }
}
