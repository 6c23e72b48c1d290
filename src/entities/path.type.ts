import { Field, Int, ObjectType } from 'type-graphql';
import { PathStep } from './path-step.type';

@ObjectType({ simpleResolvers: true, description: 'A chain of cited relations from one entity to another.' })
export class Path {
  @Field((_type) => Int, { description: 'The number of relations: steps minus one.' })
  length!: number;

  @Field((_type) => [PathStep], { description: 'From the start entity to the end entity.' })
  steps!: PathStep[];
}
