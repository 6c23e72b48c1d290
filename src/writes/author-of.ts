import type { Context } from '../server/context';
import type { WriteAuthor } from '../store/write-records';

/** Who the history records for this request, and its gate; `@Authorized` has made sure there is a key. */
export function authorOf({ viewer, gate }: Context): WriteAuthor {
  if (!viewer.key) throw new Error('a write ran without a key: every mutation needs @Authorized');
  // The request's gate goes with the write, so its commit and the request's answer agree.
  return { keyId: viewer.key.id, name: viewer.key.name, gate };
}
