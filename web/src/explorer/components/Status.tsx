import type { ErrorLike } from '@apollo/client';

/** Shown while a query runs: quiet, and announced to screen readers. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="status" role="status">
      Loading {what}…
    </p>
  );
}

/** A failed request, said plainly. */
export function ErrorNote({ error }: { error: ErrorLike }) {
  return (
    <p className="status status-error" role="alert">
      Something went wrong: {error.message}
    </p>
  );
}
