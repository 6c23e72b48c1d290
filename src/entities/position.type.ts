import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'A title a person holds; `of` is null where the source does not say of what.',
})
export class Position {
  @Field()
  title!: string;
}
