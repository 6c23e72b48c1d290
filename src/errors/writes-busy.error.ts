import { BusyError } from './busy.error';

/** As many writes wait for their turn in this process as may (`WriteQueue`); answered 503 with Retry-After. */
export class WritesBusyError extends BusyError {
  constructor(waiting: number, retryAfterSeconds = 1) {
    super('writes', waiting, retryAfterSeconds);
  }
}
