import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import { LIST_BOUNDS, maxItems, withBound } from './list-bounds';
import { PathStep } from './path-step.type';

@ObjectType({ simpleResolvers: true, description: 'A chain of cited relations from one entity to another.' })
export class Path {
  @Field((_type) => Int, { description: 'The number of relations: steps minus one.' })
  length!: number;

  @Field((_type) => [PathStep], {
    description: withBound('From the start entity to the end entity.', LIST_BOUNDS.pathSteps),
  })
  @Extensions(maxItems(LIST_BOUNDS.pathSteps))
  steps!: PathStep[];
}
