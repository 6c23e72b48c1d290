import { BusyError } from './busy.error';

/** As many extractions wait for the process's extraction worker as may (`ExtractorThread`); answered as a full write queue is. */
export class ExtractionBusyError extends BusyError {
  constructor(waiting: number, retryAfterSeconds = 1) {
    super('extractions', waiting, retryAfterSeconds);
  }
}
