import { useEffect } from 'react';

/** The document title follows the page, so history, tabs and screen readers name it. */
export function usePageTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · News graph` : 'News graph explorer';
  }, [title]);
}
