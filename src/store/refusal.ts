import type { WriteProblem } from './write-records';

/** Thrown inside a write transaction to roll it back and answer with the problems instead. */
export class Refusal extends Error {
  override name = 'Refusal';
  constructor(readonly problems: WriteProblem[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}
