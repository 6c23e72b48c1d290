export type {
  DraftEntity,
  DraftFigure,
  DraftGraph,
  DraftNote,
  DraftPosition,
  DraftQuote,
  DraftRelation,
  Extraction,
  KnownEntity,
} from './draft';
export { Gazetteer } from './gazetteer';
export { type ExtractInput, extractGraph } from './extract-graph';
