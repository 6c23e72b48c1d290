import { Field, Int, ObjectType } from 'type-graphql';
import { FigureMetric } from './figure-metric.enum';

@ObjectType({ simpleResolvers: true, description: 'A reported number, attributed to whoever reported it.' })
export class Figure {
  @Field((_type) => FigureMetric)
  metric!: FigureMetric;

  @Field((_type) => Int)
  value!: number;

  @Field((_type) => String, { nullable: true, description: 'E.g. "at least", "including a five-year-old child".' })
  qualifier!: string | null;
}
