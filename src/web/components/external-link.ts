// Links out of the dashboard: drawn only for http(s) URLs; anything else (a javascript: URL that slipped into an
// old store) is shown as text, never as something to click.
import { httpUrl } from '../../schema/url.ts';
import { h } from '../dom.ts';

export function externalLink(url: string | null | undefined, label: string, newTab = false): HTMLElement {
  const safe = httpUrl(url);
  if (!safe) return h('span', { class: 'unlinked', title: 'not an http(s) link' }, label);
  return h('a', { href: safe, rel: 'noreferrer noopener', target: newTab ? '_blank' : null }, label);
}
