import { Field, Int, ObjectType } from 'type-graphql';
import { EntityType } from './entity-type.enum';
import { Predicate } from './predicate.enum';

@ObjectType({ simpleResolvers: true })
export class EntityTypeCount {
  @Field((_type) => EntityType)
  type!: EntityType;

  @Field((_type) => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true })
export class PredicateCount {
  @Field((_type) => Predicate)
  predicate!: Predicate;

  @Field((_type) => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How much the graph holds.' })
export class Stats {
  @Field((_type) => [EntityTypeCount], { description: 'Entities by type; types with none are left out.' })
  entities!: EntityTypeCount[];

  @Field((_type) => [PredicateCount], { description: 'Relations by predicate; predicates with none are left out.' })
  relations!: PredicateCount[];

  @Field((_type) => Int)
  sources!: number;

  @Field((_type) => Int, { description: 'Reported numbers, across all attacks.' })
  figures!: number;
}
