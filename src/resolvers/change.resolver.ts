import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../domain/role';
import { ChangeConnection } from '../entities/connections';
import { decodeNumberCursor, encodeCursor } from '../pagination/cursor';
import { toConnection } from '../pagination/to-connection';
import type { Context } from '../server/context';
import { ChangesArgs } from './args/changes.args';
import { PagedBy } from './bounded-list';

const CHANGE_CURSOR = 'changes';

@Resolver()
export class ChangeResolver {
  @Authorized([Role.EDITOR, Role.ADMIN])
  @Query((_returns) => ChangeConnection, {
    description: 'The history of writes, newest first; for editors and admins.',
  })
  @PagedBy(ChangesArgs)
  async changes(@Args() { first, after, entity }: ChangesArgs, @Ctx() { store }: Context) {
    const before = after == null ? undefined : decodeNumberCursor(after, CHANGE_CURSOR);
    const page = await store.changes({ first, before, entityId: entity ?? undefined });
    return toConnection(page, (c) => encodeCursor(CHANGE_CURSOR, [String(c.version)]), after != null);
  }
}
