import { Field, Int, ObjectType } from 'type-graphql';
import { FigureMetric } from './figure-metric.enum';
import { Figure } from './figure.type';

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

  @Field((_type) => [Figure], { description: 'The reports, each with its reporter and evidence.' })
  reports!: Figure[];
}
