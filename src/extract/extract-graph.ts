import type { Extraction } from './draft';
import type { Gazetteer } from './gazetteer';

export interface ExtractInput {
  /** The article as it will be imported, headline first. */
  text: string;
}

/** Reads one article into a draft graph linked to what `gazetteer` knows. */
export function extractGraph(input: ExtractInput, gazetteer: Gazetteer): Extraction {
  void input;
  void gazetteer;
  return { graph: { entities: [], positions: [], relations: [], figures: [] }, linked: [], warnings: [] };
}
