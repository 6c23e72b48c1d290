import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

/** Characters `[start, end)` of a source's text. */
export interface Span {
  start: number;
  end: number;
}

export type Route =
  | { name: 'home' }
  | { name: 'entity'; id: string }
  | { name: 'source'; id: string; at: Span | null }
  | { name: 'path'; from: string | null; to: string | null }
  | { name: 'add' }
  | { name: 'not-found' };

/** Reads the app's routes from a URL; the server answers every one of them with the app. */
export function parseRoute(url: URL): Route {
  const path = decodeURIComponent(url.pathname);
  if (path === '/') return { name: 'home' };
  const entity = /^\/entity\/([^/]+)$/.exec(path);
  if (entity) return { name: 'entity', id: entity[1] };
  const source = /^\/source\/([^/]+)$/.exec(path);
  if (source) {
    const at = /^(\d+)-(\d+)$/.exec(url.searchParams.get('at') ?? '');
    return { name: 'source', id: source[1], at: at ? { start: Number(at[1]), end: Number(at[2]) } : null };
  }
  if (path === '/add') return { name: 'add' };
  if (path === '/path') return { name: 'path', from: url.searchParams.get('from'), to: url.searchParams.get('to') };
  return { name: 'not-found' };
}

export const entityHref = (id: string) => `/entity/${id}`;
export const sourceHref = (id: string, at?: Span) => `/source/${id}${at ? `?at=${at.start}-${at.end}` : ''}`;
export function pathHref(from: string | null, to: string | null): string {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  const query = params.toString();
  return query ? `/path?${query}` : '/path';
}

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
};

/** Moves to another page of the app without reloading it; the Back button returns. */
export function navigate(href: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  listeners.forEach((listener) => listener());
  if (!replace) window.scrollTo(0, 0);
}

/** The current URL, re-rendering on navigation. */
export function useUrl(): string {
  return useSyncExternalStore(subscribe, () => location.href);
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** A real link (it opens in a new tab, can be copied) that navigates inside the app on a plain click. */
export function Link({ to, onClick, ...props }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handleClick} {...props} />;
}
