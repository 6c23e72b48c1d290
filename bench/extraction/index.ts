export { type ArticleScore, CATEGORIES, SHARES, sumScores } from './article-score';
export { draftImport, headline } from './draft-import';
export { labelProblems } from './label-problems';
export type { ArticleLabels, LabeledArticle } from './labels';
export type { Category, Share } from './metrics';
export { scoreDraft } from './score-draft';
export { TARGETS, type Target, belowTarget, targetValue } from './targets';
