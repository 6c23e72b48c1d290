import { registerEnumType } from 'type-graphql';
import { StatementKind } from '../domain/statement-kind';

/** The plain enum lives in src/domain, so the store can use it without schema code. */
export { StatementKind };

registerEnumType(StatementKind, {
  name: 'StatementKind',
  description:
    'QUOTE: words in quotation marks; PARAPHRASE: reported speech; REPORT: a reported fact or figure; CLAIM: an accusation or contested assertion.',
});
