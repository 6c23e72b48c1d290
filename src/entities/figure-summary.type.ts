import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import { FigureMetric } from './figure-metric.enum';
import { Figure } from './figure.type';
import { LIST_BOUNDS, maxItems, withBound } from './list-bounds';

@ObjectType({ simpleResolvers: true, description: 'Every report of one metric of an attack, side by side.' })
export class FigureSummary {
  @Field((_type) => FigureMetric)
  metric!: FigureMetric;

  @Field((_type) => [Int], { description: 'The distinct values reported, ascending.' })
  values!: number[];

  @Field((_type) => Int)
  min!: number;

  @Field((_type) => Int)
  max!: number;

  @Field({ description: 'True when the reports give different values.' })
  disagree!: boolean;

  @Field((_type) => [Figure], {
    description: withBound(
      "The reports, each with its reporter and evidence: some of the attack's `figures`.",
      LIST_BOUNDS.figures,
    ),
  })
  @Extensions(maxItems(LIST_BOUNDS.figures))
  reports!: Figure[];
}
