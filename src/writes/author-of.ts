import type { Context } from '../server/context';
import type { WriteAuthor } from '../store/write-records';

/** Who the history records for this request; `@Authorized` has made sure there is a key. */
export function authorOf({ viewer }: Context): WriteAuthor {
  if (!viewer.key) throw new Error('a write ran without a key: every mutation needs @Authorized');
  return { keyId: viewer.key.id, name: viewer.key.name };
}
