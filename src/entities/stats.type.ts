import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import { EntityType } from './entity-type.enum';
import { LIST_BOUNDS, maxItems, withBound } from './list-bounds';
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
  @Field((_type) => [EntityTypeCount], {
    description: withBound('Entities by type; types with none are left out.', LIST_BOUNDS.entityTypes),
  })
  @Extensions(maxItems(LIST_BOUNDS.entityTypes))
  entities!: EntityTypeCount[];

  @Field((_type) => [PredicateCount], {
    description: withBound('Relations by predicate; predicates with none are left out.', LIST_BOUNDS.predicates),
  })
  @Extensions(maxItems(LIST_BOUNDS.predicates))
  relations!: PredicateCount[];

  @Field((_type) => Int)
  sources!: number;

  @Field((_type) => Int, { description: 'Reported numbers, across all attacks.' })
  figures!: number;
}
