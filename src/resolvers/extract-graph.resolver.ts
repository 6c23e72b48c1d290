import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../domain/role';
import { draftArticle } from '../drafts/draft-article';
import { takeWritePoint } from '../auth/write-rate';
import { Extraction } from '../entities/extraction.type';
import type { Context } from '../server/context';
import { ExtractGraphInput } from './inputs/extract-graph.input';

@Resolver()
export class ExtractGraphResolver {
  @Authorized([Role.EDITOR, Role.ADMIN])
  @Query((_returns) => Extraction, {
    description:
      "Drafts an article's graph in the seed format, linked to the entities the graph holds; nothing is stored. For editors and admins, and counted as a write against the key's rate.",
  })
  async extractGraph(
    @Arg('input', (_type) => ExtractGraphInput) input: ExtractGraphInput,
    @Ctx() ctx: Context,
  ): Promise<Extraction> {
    await takeWritePoint(ctx);
    return draftArticle(input, ctx);
  }
}
