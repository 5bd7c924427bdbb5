// Hash routes (#/events?type=ASSAULT): the dashboard is static files, so the server needs no route table,
// and a filtered view is a link an analyst can share.
export interface Route {
  /** First path segment: 'article', 'events', … ('' for the home page). */
  view: string;
  /** Rest of the path, e.g. the article id. */
  arg: string | null;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', q = ''] = raw.split('?', 2);
  const [view = '', ...rest] = path.split('/');
  return { view, arg: rest.length ? decodeURIComponent(rest.join('/')) : null, params: new URLSearchParams(q) };
}

export function href(view: string, arg?: string | null, params?: URLSearchParams | Record<string, string>): string {
  const p = new URLSearchParams(params);
  const q = p.toString();
  return `#/${view}${arg ? `/${encodeURIComponent(arg)}` : ''}${q ? `?${q}` : ''}`;
}
