import { EntityType } from '../../src/domain/entity-type';
import type { KnownEntity } from '../../src/extract';
import { labelsNamedBy } from './label-names';
import type { ArticleLabels } from './labels';
import { alternatives, fragmentRegExp } from './patterns';

/**
 * What would make one article's labels score wrongly without saying so (the checks LABELS.md
 * asks of a labeller, "by script"): a figure's `quote` or a quote's `text` not in the text, a
 * fragment that is not a regular expression, a pattern alternative that names no entity label,
 * an `existing` id the store does not hold with the label's type.
 */
export function labelProblems(labels: ArticleLabels, text: string, known: readonly KnownEntity[]): string[] {
  const problems: string[] = [];
  const regExpProblem = (where: string, source: string) => {
    try {
      fragmentRegExp(source);
      return false;
    } catch (error) {
      problems.push(`${where}: /${source}/ is not a regular expression (${(error as Error).message})`);
      return true;
    }
  };
  const pattern = (where: string, p: string | null) => {
    if (p === null) return;
    for (const alt of alternatives(p)) {
      if (!regExpProblem(where, alt) && labelsNamedBy(labels.entities, alt).length === 0)
        problems.push(`${where}: "${alt}" names no entity label`);
    }
  };
  const inText = (where: string, quote: string) => {
    if (!text.includes(quote)) problems.push(`${where}: "${quote}" is not in the text`);
  };
  const stored = new Map(known.map((k) => [k.id, k]));
  labels.entities.forEach((e, i) => {
    e.match.forEach((m) => regExpProblem(`entities[${i}].match`, m));
    const k = e.existing === null ? undefined : stored.get(e.existing);
    if (e.existing !== null && k?.type !== EntityType[e.type])
      problems.push(`entities[${i}].existing: ${e.existing} is not a stored ${e.type}`);
  });
  labels.figures.forEach((f, i) => {
    pattern(`figures[${i}].reportedBy`, f.reportedBy);
    inText(`figures[${i}].quote`, f.quote);
  });
  labels.quotes.forEach((q, i) => {
    pattern(`quotes[${i}].speaker`, q.speaker);
    inText(`quotes[${i}].text`, q.text);
  });
  labels.positions.forEach((p, i) => {
    pattern(`positions[${i}].person`, p.person);
    regExpProblem(`positions[${i}].title`, p.title);
    pattern(`positions[${i}].of`, p.of);
  });
  labels.attacks.forEach((a, i) => {
    pattern(`attacks[${i}].perpetrator`, a.perpetrator);
    a.targets.forEach((t, j) => pattern(`attacks[${i}].targets[${j}]`, t));
  });
  labels.negotiations.forEach((n, i) => {
    pattern(`negotiations[${i}].venue`, n.venue);
    n.mediators.forEach((m, j) => pattern(`negotiations[${i}].mediators[${j}]`, m));
    n.parties.forEach((p, j) => pattern(`negotiations[${i}].parties[${j}]`, p));
  });
  return problems;
}
