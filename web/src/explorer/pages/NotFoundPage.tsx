import { Link } from '../router';
import { usePageTitle } from '../use-page-title';

/** A page for a link that leads nowhere, with a way back. */
export function NotFoundPage({ what = 'There is no page at this address.' }: { what?: string }) {
  usePageTitle('Not found');
  return (
    <section className="card narrow">
      <h1 id="page-title" tabIndex={-1}>
        Not found
      </h1>
      <p>{what}</p>
      <p>
        <Link to="/">Back to the start</Link>
      </p>
    </section>
  );
}
