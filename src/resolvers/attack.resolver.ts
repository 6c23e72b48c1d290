import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Attack } from '../entities/attack.type';
import { AttackConnection } from '../entities/connections';
import { Direction } from '../entities/direction.enum';
import { Entity } from '../entities/entity.interface';
import { EntityType } from '../entities/entity-type.enum';
import { FigureMetric } from '../entities/figure-metric.enum';
import { FigureSummary } from '../entities/figure-summary.type';
import { Figure } from '../entities/figure.type';
import { LIST_BOUNDS } from '../entities/list-bounds';
import { Location } from '../entities/location.type';
import { Organization } from '../entities/organization.type';
import { Predicate } from '../entities/predicate.enum';
import { Statement } from '../entities/statement.type';
import { linkedEntities, linkedEntity } from '../loaders/linked-entities';
import type { Context } from '../server/context';
import type { AttackRecord } from '../store/records';
import { AttackListArgs } from './args/attack-list.args';
import { BoundedList, PagedBy } from './bounded-list';
import { listEntities } from './list-entities';

const { OUTGOING, INCOMING } = Direction;
const CONVENIENCE = 'The reported figure of that metric; null if there is none or if reports disagree.';

@Resolver(() => Attack)
export class AttackResolver {
  @Query((_returns) => AttackConnection)
  @PagedBy(AttackListArgs)
  attacks(@Args() args: AttackListArgs, @Ctx() ctx: Context) {
    return listEntities(ctx, EntityType.ATTACK, args);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'The side that carried it out.' })
  perpetrator(@Root() attack: AttackRecord, @Ctx() { loaders }: Context) {
    return linkedEntity(loaders, attack.id, INCOMING, [Predicate.CARRIED_OUT]);
  }

  @BoundedList(() => [Location], LIST_BOUNDS.linked, 'What was attacked, as the source says.')
  targets(@Root() attack: AttackRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, attack.id, OUTGOING, [Predicate.TARGETED]);
  }

  @BoundedList(() => [Location], LIST_BOUNDS.linked, 'Where it took place or was intercepted.')
  areas(@Root() attack: AttackRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, attack.id, OUTGOING, [Predicate.OCCURRED_IN]);
  }

  @BoundedList(() => [Organization], LIST_BOUNDS.linked, 'Organizations that responded to it.')
  respondents(@Root() attack: AttackRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, attack.id, INCOMING, [Predicate.RESPONDED_TO], [EntityType.ORGANIZATION]);
  }

  @BoundedList(() => [Statement], LIST_BOUNDS.linked, 'Statements about this attack.')
  statements(@Root() attack: AttackRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, attack.id, INCOMING, [Predicate.ABOUT]);
  }

  @BoundedList(
    () => [Figure],
    LIST_BOUNDS.figures,
    'Every reported number, attributed and cited, in FigureMetric order.',
  )
  figures(@Root() attack: AttackRecord, @Ctx() { loaders }: Context) {
    return reportedFigures(loaders, attack.id);
  }

  @BoundedList(
    () => [FigureSummary],
    LIST_BOUNDS.figureMetrics,
    'Per metric: the values reported, by whom, and whether they disagree; built from `figures`.',
  )
  async figureSummary(@Root() attack: AttackRecord, @Ctx() { loaders }: Context): Promise<FigureSummary[]> {
    const figures = await reportedFigures(loaders, attack.id);
    const metrics = Object.values(FigureMetric).filter((m) => figures.some((f) => f.metric === m));
    return metrics.map((metric) => {
      const reports = figures.filter((f) => f.metric === metric);
      const values = [...new Set(reports.map((f) => f.value))].sort((a, b) => a - b);
      return { metric, values, min: values[0], max: values[values.length - 1], disagree: values.length > 1, reports };
    });
  }

  @FieldResolver(() => Int, { nullable: true, description: CONVENIENCE })
  killed(@Root() attack: AttackRecord, @Ctx() { loaders }: Context) {
    return agreedFigure(loaders, attack.id, FigureMetric.KILLED);
  }

  @FieldResolver(() => Int, { nullable: true, description: CONVENIENCE })
  injured(@Root() attack: AttackRecord, @Ctx() { loaders }: Context) {
    return agreedFigure(loaders, attack.id, FigureMetric.INJURED);
  }

  @FieldResolver(() => Int, { nullable: true, description: CONVENIENCE })
  launched(@Root() attack: AttackRecord, @Ctx() { loaders }: Context) {
    return agreedFigure(loaders, attack.id, FigureMetric.LAUNCHED);
  }

  @FieldResolver(() => Int, { nullable: true, description: CONVENIENCE })
  intercepted(@Root() attack: AttackRecord, @Ctx() { loaders }: Context) {
    return agreedFigure(loaders, attack.id, FigureMetric.INTERCEPTED);
  }
}

/** The attack's figures in FigureMetric order, as many as `figures` holds: a summary's reports are some of them. */
async function reportedFigures(loaders: Context['loaders'], attackId: string) {
  const order = Object.values(FigureMetric);
  const sorted = [...(await loaders.figures.load(attackId))].sort(
    (a, b) => order.indexOf(a.metric) - order.indexOf(b.metric),
  );
  return sorted.slice(0, LIST_BOUNDS.figures);
}

/** The one value every report of `metric` gives, or null when none does or they differ. */
async function agreedFigure(
  loaders: Context['loaders'],
  attackId: string,
  metric: FigureMetric,
): Promise<number | null> {
  const values = new Set((await loaders.figures.load(attackId)).filter((f) => f.metric === metric).map((f) => f.value));
  return values.size === 1 ? [...values][0] : null;
}
