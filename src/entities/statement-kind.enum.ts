import { registerEnumType } from 'type-graphql';

export enum StatementKind {
  QUOTE = 'QUOTE',
  PARAPHRASE = 'PARAPHRASE',
  REPORT = 'REPORT',
  CLAIM = 'CLAIM',
}

registerEnumType(StatementKind, { name: 'StatementKind', description: 'QUOTE: words in quotation marks; PARAPHRASE: reported speech; REPORT: a reported fact or figure; CLAIM: an accusation or contested assertion.' });
