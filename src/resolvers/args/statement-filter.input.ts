import { Field, ID, InputType } from 'type-graphql';
import { StatementKind } from '../../entities/statement-kind.enum';
import { EntityFilter } from './entity-filter.input';

@InputType()
export class StatementFilter extends EntityFilter {
  @Field((_type) => ID, { nullable: true, description: 'Only statements this entity made.' })
  speaker?: string;

  @Field((_type) => StatementKind, { nullable: true })
  kind?: StatementKind;
}
