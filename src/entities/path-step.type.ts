import { ObjectType } from 'type-graphql';

/** `entity` and `via` are resolved in `PathStepResolver`. */
@ObjectType({
  simpleResolvers: true,
  description: 'An entity on a path, and the relation that led to it (null on the first step).',
})
export class PathStep {
  entityId!: string;
  viaId!: string | null;
}
