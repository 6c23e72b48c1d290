import { ArrayMaxSize, ArrayNotEmpty, IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FigureMetric } from '../../entities/figure-metric.enum';
import { MAX_LABEL_LENGTH } from '../../writes/rules/values';
import { EvidenceInput } from './evidence.input';

@InputType({
  description: 'A reported number of an attack, attributed to whoever reported it (null: the source names no one).',
})
export class AddFigureInput {
  @Field((_type) => ID)
  attack!: string;

  @Field((_type) => FigureMetric)
  metric!: FigureMetric;

  @Field((_type) => Int)
  @Min(0)
  value!: number;

  @Field((_type) => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_LABEL_LENGTH)
  qualifier?: string | null;

  @Field((_type) => ID, { nullable: true })
  reportedBy?: string | null;

  @Field((_type) => [EvidenceInput])
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  evidence!: EvidenceInput[];
}
