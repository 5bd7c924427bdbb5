// The story commands for a person at a terminal: titles, where each article was read, outlets and the sentences
// behind each statement; `--json` prints the records instead.
import type { MergedEvent, SourceDisagreement, Story } from '../schema/story.ts';
import type { StoryArticle } from '../store/stories.ts';

export type ArticleLookup = (id: string) => StoryArticle | undefined;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const titleOf = (a: StoryArticle | undefined, id: string) => `“${a?.title ?? id}”`;
/** A sentence on one line, cut where a terminal line would wrap twice. */
const MAX_SENTENCE = 240;
const sentence = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return `“${one.length > MAX_SENTENCE ? one.slice(0, MAX_SENTENCE - 1) + '…' : one}”`;
};

function articleLine(a: StoryArticle): string {
  const copies = a.copiedBy.length ? ` (also carried by ${a.copiedBy.join(', ')})` : '';
  return `${a.publishedAt} ${a.source} [${a.lang}] “${a.title ?? '(untitled)'}” ${a.location}${copies}`;
}

export function eventHeadline(e: MergedEvent): string {
  const who = (xs: string[]) => (xs.length ? xs.join(', ') : '?');
  const where = e.place ? ` in ${e.place.name}` : '';
  return `${who(e.actors)} → ${e.type}${e.mode ? '/' + e.mode : ''} → ${who(e.recipients)}${where}`;
}

export function formatStories(stories: readonly Story[], article: ArticleLookup): string {
  const out: string[] = [];
  const byTopic = new Map<string, Story[]>();
  for (const s of stories) byTopic.set(s.topic.id, [...(byTopic.get(s.topic.id) ?? []), s]);
  for (const group of byTopic.values()) {
    if (group.length > 1) out.push(`Topic “${group[0]!.topic.title}”: ${plural(group.length, 'development')}`);
    for (const s of group) {
      const indent = group.length > 1 ? '  ' : '';
      out.push(`${indent}“${s.title}” ${s.start === s.end ? s.start : `${s.start} – ${s.end}`} · ${s.languages.join(', ')} · ${plural(s.articleIds.length, 'article')} · ${plural(s.eventIds.length, 'merged event')} · ${s.id}`);
      out.push(`${indent}  outlets: ${s.sources.join(', ')}`);
      for (const id of s.articleIds) {
        const a = article(id);
        out.push(`${indent}  ${a ? articleLine(a) : id}`);
      }
      for (const r of s.reasons) out.push(`${indent}  why: ${r}`);
    }
    out.push('');
  }
  return out.length ? out.join('\n') : 'no stories yet\n';
}

export function formatMergedEvents(events: readonly MergedEvent[], article: ArticleLookup): string {
  const out: string[] = [];
  for (const e of events) {
    out.push(`${eventHeadline(e)} · ${e.firstReport === e.latestReport ? e.firstReport : `${e.firstReport} – ${e.latestReport}`} · ${e.id}`);
    out.push(`  ${e.status}`);
    out.push(`  ${plural(e.counts.mentions, 'mention')} in ${plural(e.counts.articles, 'article')}, ${plural(e.counts.sources, 'source')}`);
    for (const s of e.sources) {
      out.push(`  ${s.name} [${s.kind}, ${s.position}] via ${s.via.join(', ')}`);
      for (const st of s.statements) {
        const a = article(st.key.split('#')[0]!);
        out.push(`    ${st.reportedAt} ${st.says}: ${sentence(st.evidence)} — ${titleOf(a, st.key)}${a ? ` ${a.location}` : ''}`);
      }
    }
    if (e.timeline.length > 1) out.push(`  timeline: ${e.timeline.map((t) => `${t.date} ${t.source} ${t.says}${t.change === 'first' || t.change === 'same' ? '' : ` (${t.change})`}`).join(' → ')}`);
    out.push('');
  }
  return out.length ? out.join('\n') : 'no merged events match\n';
}

export function formatDisagreements(found: readonly SourceDisagreement[], events: ReadonlyMap<string, MergedEvent>, article: ArticleLookup): string {
  const out: string[] = [];
  for (const d of found) {
    const e = events.get(d.eventId);
    out.push(`${d.kind} ${d.scope === 'between-sources' ? 'between sources' : 'within one article'} on ${e ? eventHeadline(e) : d.eventId} · ${d.id}`);
    out.push(`  ${d.reason}`);
    for (const c of d.claims) {
      const a = article(c.articleId);
      out.push(`  ${c.claimant} (${c.source}, ${c.reportedAt}): ${sentence(c.evidence)} — ${titleOf(a, c.articleId)}${a ? ` ${a.location}` : ''}`);
    }
    out.push('');
  }
  return out.length ? out.join('\n') : 'no disagreements\n';
}
