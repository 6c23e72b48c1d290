import { DateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'An article the graph was drawn from, verbatim.' })
export class Source implements Node {
  @Field((_type) => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  publisher!: string;

  @Field((_type) => String, { nullable: true })
  url!: string | null;

  @Field((_type) => DateResolver, { nullable: true })
  publishedOn!: string | null;

  @Field()
  text!: string;
}
