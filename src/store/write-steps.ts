import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { pacer } from '../time-slices';
import type { CommitGate } from './commit-gate';

/**
 * A write transaction's statements, seen one by one as each returns (a Kysely plugin on the
 * transaction only). It lets the event loop turn once a slice is used up: better-sqlite3 runs
 * every statement synchronously, so a transaction of hundreds of statements otherwise holds
 * the process for its whole length (a 7 MB import: seconds). And it stops a write whose
 * request was answered without it (`gate`): the statement's error rolls the transaction back,
 * rather than the rest running for nobody.
 */
export class WriteSteps implements KyselyPlugin {
  private readonly pace = pacer();

  constructor(private readonly gate?: CommitGate) {}

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const turn = this.pace();
    if (turn) await turn;
    this.gate?.signal.throwIfAborted();
    return result;
  }
}
