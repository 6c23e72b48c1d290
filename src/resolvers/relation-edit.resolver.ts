import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../domain/role';
import { DeletePayload } from '../entities/delete.payload';
import { FigurePayload } from '../entities/figure.payload';
import { RelationPayload } from '../entities/relation.payload';
import { figureId, relationRecord } from '../seed/seed-records';
import type { Context } from '../server/context';
import { authorOf } from '../writes/author-of';
import { locateEvidence } from '../writes/locate-evidence';
import { toUserErrors } from '../writes/to-user-errors';
import { AddFigureInput } from './inputs/add-figure.input';
import { AddRelationInput } from './inputs/add-relation.input';
import { RemoveRelationInput } from './inputs/remove-relation.input';

const EDITORS = [Role.EDITOR, Role.ADMIN];

/** Relations and figures between stored entities, each cited in a stored source. */
@Resolver()
export class RelationEditResolver {
  @Authorized(EDITORS)
  @Mutation((_returns) => RelationPayload, {
    nullable: true,
    description: "A cited relation between stored entities, held to its predicate's types.",
  })
  async addRelation(
    @Arg('input', (_type) => AddRelationInput) input: AddRelationInput,
    @Ctx() ctx: Context,
  ): Promise<RelationPayload> {
    const relation = relationRecord(input.subject, input.predicate, input.object, input.role ?? null);
    const located = await locateEvidence(ctx.store, input.evidence, [relation.id], ['evidence']);
    if (located.problems.length > 0) return { relation: null, userErrors: toUserErrors(located.problems) };
    const result = await ctx.store.addRelation(relation, located.evidence, authorOf(ctx));
    return result.ok
      ? { relation: result.value, userErrors: [] }
      : { relation: null, userErrors: toUserErrors(result.problems) };
  }

  @Authorized(EDITORS)
  @Mutation((_returns) => DeletePayload, { nullable: true, description: 'Removes a relation and its evidence.' })
  async removeRelation(
    @Arg('input', (_type) => RemoveRelationInput) input: RemoveRelationInput,
    @Ctx() ctx: Context,
  ): Promise<DeletePayload> {
    const result = await ctx.store.removeRelation(input.id, authorOf(ctx));
    return result.ok
      ? { deletedId: result.value.id, userErrors: [] }
      : { deletedId: null, userErrors: toUserErrors(result.problems) };
  }

  @Authorized(EDITORS)
  @Mutation((_returns) => FigurePayload, {
    nullable: true,
    description: 'A reported number of an attack, attributed and cited.',
  })
  async addFigure(
    @Arg('input', (_type) => AddFigureInput) input: AddFigureInput,
    @Ctx() ctx: Context,
  ): Promise<FigurePayload> {
    const reportedBy = input.reportedBy ?? null;
    const figure = {
      id: figureId(input.attack, input.metric, input.value, reportedBy),
      attackId: input.attack,
      metric: input.metric,
      value: input.value,
      qualifier: input.qualifier ?? null,
      reportedById: reportedBy,
    };
    const located = await locateEvidence(ctx.store, input.evidence, [figure.id], ['evidence']);
    if (located.problems.length > 0) return { figure: null, userErrors: toUserErrors(located.problems) };
    const result = await ctx.store.addFigure(figure, located.evidence, authorOf(ctx));
    return result.ok
      ? { figure: result.value, userErrors: [] }
      : { figure: null, userErrors: toUserErrors(result.problems) };
  }
}
