import type { Extraction, KnownEntity } from '../../src/extract';
import type { ArticleScore } from './article-score';
import { DraftView } from './draft-view';
import type { ArticleLabels } from './labels';
import {
  attackDraftTriples,
  attackLabelTriples,
  negotiationDraftTriples,
  negotiationLabelTriples,
} from './link-triples';
import { PatternAnswers } from './pattern-answers';
import { scoreEntities } from './score-entities';
import { scoreFigures } from './score-figures';
import { scorePositions } from './score-positions';
import { scoreQuotes } from './score-quotes';
import { scoreSpans } from './score-spans';
import { scoreTriples } from './score-triples';

/**
 * Scores one draft against its article's labels by "How a draft is scored" in LABELS.md.
 * `known` is the store the extractor linked to: entities the draft refers to only by a stored
 * id count under their stored names. Pure: the same arguments give the same score.
 */
export function scoreDraft(
  labels: ArticleLabels,
  text: string,
  extraction: Extraction,
  known: readonly KnownEntity[],
): ArticleScore {
  const view = new DraftView(extraction.graph, extraction.linked, known);
  const entities = scoreEntities(labels.entities, view);
  const answers = new PatternAnswers(labels.entities, view, entities.labelOf);
  const { figures, attribution } = scoreFigures(labels.figures, view, answers);
  const { positions, of } = scorePositions(labels.positions, view, answers);
  return {
    entities: entities.entities,
    entitiesByType: entities.byType,
    linking: entities.linking,
    figures,
    attribution,
    quotes: scoreQuotes(labels.quotes, view, answers),
    positions,
    positionOf: of,
    attackLinks: scoreTriples(attackLabelTriples(labels.attacks), attackDraftTriples(view), answers),
    negotiationLinks: scoreTriples(
      negotiationLabelTriples(labels.negotiations),
      negotiationDraftTriples(view),
      answers,
    ),
    spans: scoreSpans(extraction.graph, text),
    dangling: view.dangling,
  };
}
