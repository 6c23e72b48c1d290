export enum StatementKind {
  QUOTE = 'QUOTE',
  PARAPHRASE = 'PARAPHRASE',
  REPORT = 'REPORT',
  CLAIM = 'CLAIM',
}
