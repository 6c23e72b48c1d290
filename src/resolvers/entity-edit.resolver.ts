import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Predicate } from '../domain/predicate';
import { Role } from '../domain/role';
import { UserErrorCode } from '../domain/user-error-code';
import { DeletePayload } from '../entities/delete.payload';
import { EntityPayload } from '../entities/entity.payload';
import { EntityType } from '../entities/entity-type.enum';
import { relationRecord } from '../seed/seed-records';
import { slugify } from '../text/slug';
import type { Context } from '../server/context';
import type { StatementRecord } from '../store/records';
import type { WriteProblem } from '../store/write-records';
import { authorOf } from '../writes/author-of';
import { givenFields } from '../writes/entity-fields';
import { entityFromFields } from '../writes/entity-from-fields';
import { locateEvidence } from '../writes/locate-evidence';
import { toUserErrors } from '../writes/to-user-errors';
import { uncitedInEdit } from '../writes/cited-texts';
import { AddStatementInput } from './inputs/add-statement.input';
import { CreateEntityInput } from './inputs/create-entity.input';
import { DeleteEntityInput } from './inputs/delete-entity.input';
import { UpdateEntityInput } from './inputs/update-entity.input';

const EDITORS = [Role.EDITOR, Role.ADMIN];
const refused = (problems: WriteProblem[]) => ({ entity: null, userErrors: toUserErrors(problems) });

/** Creating, editing and deleting entities; every fact cited in a stored source. */
@Resolver()
export class EntityEditResolver {
  @Authorized(EDITORS)
  @Mutation((_returns) => EntityPayload, {
    nullable: true,
    description: 'A new entity (not a statement: addStatement), cited by its mentions.',
  })
  async createEntity(
    @Arg('input', (_type) => CreateEntityInput) input: CreateEntityInput,
    @Ctx() ctx: Context,
  ): Promise<EntityPayload> {
    if (input.type === EntityType.STATEMENT) {
      return refused([
        { code: UserErrorCode.INVALID, field: ['type'], message: 'a statement needs its speaker: use addStatement' },
      ]);
    }
    const id = input.id ?? `${input.type.toLowerCase()}:${slugify(input.name)}`;
    const built = entityFromFields({
      ...givenFields(input),
      id,
      type: input.type,
      name: input.name,
      aliases: input.aliases,
    });
    const located = await locateEvidence(ctx.store, input.mentions, [id], ['mentions']);
    if (!built.entity || located.problems.length > 0) return refused([...built.problems, ...located.problems]);
    const uncited = await uncitedInEdit(ctx.store, built.entity, input.mentions);
    if (uncited.length > 0) return refused(uncited);
    const result = await ctx.store.createEntity(built.entity, located.evidence, authorOf(ctx));
    return result.ok ? { entity: result.value, userErrors: [] } : refused(result.problems);
  }

  @Authorized(EDITORS)
  @Mutation((_returns) => EntityPayload, {
    nullable: true,
    description:
      'Changes the fields given and adds mentions, if the entity is still at `expectedVersion` (else CONFLICT).',
  })
  async updateEntity(
    @Arg('input', (_type) => UpdateEntityInput) input: UpdateEntityInput,
    @Ctx() ctx: Context,
  ): Promise<EntityPayload> {
    const current = await ctx.loaders.entity.load(input.id);
    if (!current)
      return refused([
        { code: UserErrorCode.UNKNOWN_REFERENCE, field: ['id'], message: `no entity has id "${input.id}"` },
      ]);
    const { version: _version, ...fields } = current as typeof current & { version?: number };
    const changed = {
      ...givenFields(input),
      ...(input.name != null && { name: input.name }),
      ...(input.aliases != null && { aliases: input.aliases }),
    };
    const built = entityFromFields({ ...fields, ...changed });
    const located = await locateEvidence(ctx.store, input.mentions ?? [], [input.id], ['mentions']);
    if (!built.entity || located.problems.length > 0) return refused([...built.problems, ...located.problems]);
    // Held to what it adds: the words it brings must stand in a source citing the entity.
    const uncited = await uncitedInEdit(ctx.store, built.entity, input.mentions ?? [], current);
    if (uncited.length > 0) return refused(uncited);
    const result = await ctx.store.updateEntity(built.entity, input.expectedVersion, located.evidence, authorOf(ctx));
    return result.ok ? { entity: result.value, userErrors: [] } : refused(result.problems);
  }

  @Authorized(Role.ADMIN)
  @Mutation((_returns) => DeletePayload, {
    nullable: true,
    description:
      'Admins only. Removes the entity with its relations, positions, figures and evidence, if it is still at `expectedVersion`.',
  })
  async deleteEntity(
    @Arg('input', (_type) => DeleteEntityInput) input: DeleteEntityInput,
    @Ctx() ctx: Context,
  ): Promise<DeletePayload> {
    const result = await ctx.store.deleteEntity(input.id, input.expectedVersion, authorOf(ctx));
    return result.ok
      ? { deletedId: result.value.id, userErrors: [] }
      : { deletedId: null, userErrors: toUserErrors(result.problems) };
  }

  @Authorized(EDITORS)
  @Mutation((_returns) => EntityPayload, {
    nullable: true,
    description: 'A statement, its SAID relation from the speaker and ABOUT relations, all cited by `evidence`.',
  })
  async addStatement(
    @Arg('input', (_type) => AddStatementInput) input: AddStatementInput,
    @Ctx() ctx: Context,
  ): Promise<EntityPayload> {
    const id = input.id ?? `statement:${slugify(input.name)}`;
    const built = entityFromFields({
      id,
      type: EntityType.STATEMENT,
      name: input.name,
      kind: input.kind,
      text: input.text,
      description: input.description,
    });
    const relations = [
      relationRecord(input.speaker, Predicate.SAID, id, null),
      ...input.about.map((about) => relationRecord(id, Predicate.ABOUT, about, null)),
    ];
    const located = await locateEvidence(ctx.store, input.evidence, [id, ...relations.map((r) => r.id)], ['evidence']);
    const problems = [...built.problems, ...located.problems];
    if (built.entity) problems.push(...(await uncitedInEdit(ctx.store, built.entity, input.evidence)));
    if (!built.entity || problems.length > 0) return refused(problems);
    const result = await ctx.store.addStatement(
      built.entity as StatementRecord,
      relations,
      located.evidence,
      authorOf(ctx),
    );
    return result.ok ? { entity: result.value, userErrors: [] } : refused(result.problems);
  }
}
