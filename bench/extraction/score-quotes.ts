import { EntityType } from '../../src/domain/entity-type';
import { Predicate } from '../../src/domain/predicate';
import { StatementKind } from '../../src/domain/statement-kind';
import { fold } from '../../src/text/fold';
import type { DraftView } from './draft-view';
import type { QuoteLabel } from './labels';
import { type Category, category } from './metrics';
import { pairItems } from './pairing';
import type { PatternAnswers } from './pattern-answers';

interface DraftedQuote {
  id: string;
  text: string;
  folded: string;
  speakers: string[];
}

/**
 * A quote's words in the form they are compared in: folded (case, accents, curly quotes),
 * spaces collapsed, quote marks at either end dropped, and closing punctuation too, since a
 * label's text stops before it ("without closing punctuation") while a draft may keep it.
 */
export function quoteForm(text: string): string {
  return fold(text)
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'«»„‚‹›]+/, '')
    .replace(/[\s"'«»„‚‹›.,;:!?…]+$/, '');
}

const words = (text: string) => text.split(' ').filter((w) => w !== '').length;

/** The draft text contains the label's, or (three words or more) stands inside it. */
function sameWords(label: string, drafted: string): boolean {
  return drafted.includes(label) || (words(drafted) >= 3 && label.includes(drafted));
}

/**
 * Quotes: draft statements of kind QUOTE (paraphrases are reported speech, unscored) whose
 * words fit a label's and whose one SAID speaker answers its pattern. A statement with no
 * speaker, or with several (the format allows exactly one), has no speaker that fits.
 */
export function scoreQuotes(labels: readonly QuoteLabel[], view: DraftView, answers: PatternAnswers): Category {
  const drafted: DraftedQuote[] = view.graph.entities
    .filter((e) => e.type === EntityType.STATEMENT && e.kind === StatementKind.QUOTE)
    .map((e) => ({
      id: e.id,
      text: e.text ?? '',
      folded: quoteForm(e.text ?? ''),
      speakers: view.subjectsOf(Predicate.SAID, e.id),
    }));
  const forms = new Map(labels.map((l) => [l, quoteForm(l.text)]));
  const textFits = (l: QuoteLabel, d: DraftedQuote) => sameWords(forms.get(l)!, d.folded);
  const speakerFits = (l: QuoteLabel, d: DraftedQuote) =>
    d.speakers.length <= 1 && answers.fits(l.speaker, d.speakers[0] ?? null, false);
  const pairing = pairItems(labels, drafted, (l, d) => textFits(l, d) && speakerFits(l, d));
  const spoken = (d: DraftedQuote) =>
    d.speakers.length === 0 ? 'no speaker' : d.speakers.map((s) => view.describe(s)).join(' and ');
  const missed = (l: QuoteLabel) => {
    const sameText = drafted.find((d) => textFits(l, d));
    return `${l.speaker ?? 'none'}: "${l.text}"${sameText ? ` (drafted with ${spoken(sameText)})` : ''}`;
  };
  return category({
    matched: pairing.pairs.map((p) => `${p.label.speaker ?? 'none'}: "${p.label.text}" <- ${p.draft.id}`),
    missed: pairing.missed.map(missed),
    extra: pairing.extra.map((x) => `${spoken(x.draft)}: "${x.draft.text}"${x.duplicateOf ? ' (a duplicate)' : ''}`),
  });
}
