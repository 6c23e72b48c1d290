import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Evidence } from '../entities/evidence.type';
import { Source } from '../entities/source.type';
import type { Context } from '../server/context';
import type { EvidenceRecord } from '../store/records';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source)
  source(@Root() evidence: EvidenceRecord, @Ctx() { loaders }: Context) {
    return loaders.source.load(evidence.sourceId);
  }
}
