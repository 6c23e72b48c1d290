export enum NegotiationStatus {
  PROPOSED = 'PROPOSED',
  SCHEDULED = 'SCHEDULED',
  ONGOING = 'ONGOING',
  AGREED = 'AGREED',
  FAILED = 'FAILED',
}
