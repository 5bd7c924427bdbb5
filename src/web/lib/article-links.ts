// What the article view shows of an article's provenance in the store: the class each event has after review,
// and the stored articles that link to this one, grouped by how they relate to it.
import type { Event } from '../../schema/analysis.ts';
import type { ArticleBacklink, ArticleDetail, EventClass } from '../../store/records.ts';
import { eventKey } from '../../store/event-key.ts';

export interface ShownClass extends EventClass {
  /** The machine's type and code, when an analyst's correction replaced them. */
  machine: { type: EventClass['type']; code: string } | null;
}

/** The event's class as an analyst left it: the analysis keeps the machine's, the store the correction's. */
export function shownClass(d: Pick<ArticleDetail, 'article' | 'correctedClasses'>, e: Event): ShownClass {
  const corrected = d.correctedClasses[eventKey(d.article.id, e)];
  if (corrected) return { ...corrected, machine: { type: e.type, code: e.cameo.code } };
  return { type: e.type, mode: e.mode, cameo: e.cameo, quadClass: e.quadClass, goldstein: e.goldstein, machine: null };
}

export interface BacklinkGroup {
  relation: ArticleBacklink['relation'];
  label: string;
  links: ArticleBacklink[];
}

const GROUPS: [ArticleBacklink['relation'], string][] = [
  ['translation', 'translated as'],
  ['republication', 'republished as'],
  ['near-duplicate', 'near-duplicate copies'],
];

/** The links in reading order: translations, then republications, then near-duplicate copies; empty groups left out. */
export function backlinkGroups(links: readonly ArticleBacklink[]): BacklinkGroup[] {
  return GROUPS.map(([relation, label]) => ({ relation, label, links: links.filter((l) => l.relation === relation) })).filter((g) => g.links.length);
}

/** How a linking article is named: its title, else its source, else its id; with its language and source where known. */
export function backlinkLabel(l: ArticleBacklink): { text: string; detail: string } {
  const detail = [l.lang, l.title ? l.source : null].filter(Boolean).join(', ');
  return { text: l.title ?? l.source ?? l.id, detail };
}
