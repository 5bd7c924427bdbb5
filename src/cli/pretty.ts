// A report of an analysis for a person at a terminal: the facts, each with where it was said.
import type { Analysis, Attribution, Event } from '../schema/analysis.ts';

function chain(a: Attribution): string {
  const links = a.chain.slice(1).map((l) => l.name);
  return links.length ? ` (according to ${links.join(' → ')})` : '';
}

function eventLine(e: Event, a: Analysis): string {
  const who = (xs: Event['actors']) => (xs.length ? xs.map((x) => x.actorCode ?? x.text).join(', ') : '?');
  const extra = e.context.filter((c) => c !== e.mode);
  const mode = (e.mode ? `/${e.mode}` : '') + (extra.length ? ` {${extra.join(', ')}}` : '');
  const where = e.location ? `, in ${e.location.name}` : '';
  const when = e.time ? `, ${a.times.find((t) => t.id === e.time!.timeId)?.value ?? e.time.start}` : '';
  const qty = e.quantityIds
    .map((id) => a.quantities.find((q) => q.id === id))
    .filter((q) => q !== undefined)
    .map((q) => `${q.bound === 'exactly' ? '' : q.bound + ' '}${q.value}${q.item ? ' ' + q.item : ''}`);
  const how = (qty.length ? `, ${qty.join('; ')}` : '') + (e.object ? `, object “${e.object.text}”` : '') + (e.purpose ? `, purpose “${e.purpose.text}”` : '');
  const m = e.modality;
  const flags = [m.stage, m.polarity !== 'asserted' ? m.polarity : '', m.certainty !== 'certain' ? m.certainty : '', m.threat ? 'threat' : '', m.conditional ? 'conditional' : '', m.hypothetical ? 'hypothetical' : '']
    .filter(Boolean)
    .join(', ');
  return `${who(e.actors)} → ${e.type}${mode} (CAMEO ${e.cameo.code}) → ${who(e.recipients)}${where}${when}${how} [${flags}]${chain(e.attribution)}\n      “${e.trigger.text}” in: ${a.sentences[e.sentence]?.text ?? ''}`;
}

export function formatPretty(a: Analysis): string {
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    out.push(`\n${title} (${lines.length})`);
    for (const l of lines) out.push(`  ${l}`);
  };
  out.push(`${a.title ?? '(untitled)'}`);
  out.push(`language ${a.lang.code} (${Math.round(a.lang.confidence * 100)}%), published ${a.publishedAt} (${a.publishedAtSource}), ${a.sentences.length} sentences`);
  if (a.limits) out.push(`not analysed in full: ${a.limits}`);
  if (a.provenance.relation !== 'original' || a.provenance.publisher) {
    const orig = a.provenance.original?.title ? ` of “${a.provenance.original.title}”` : '';
    out.push(`${a.provenance.relation}${orig}${a.provenance.publisher ? `, publisher ${a.provenance.publisher}` : ''}`);
  }
  section(
    'Entities',
    a.entities.map((e) => {
      const link = [e.actorCode, e.country, e.geo ? `${e.geo.lat.toFixed(2)},${e.geo.lon.toFixed(2)}` : null].filter(Boolean).join(' ');
      return `${e.name} [${e.type}${link ? ' ' + link : ''}] ×${e.mentionIds.length}`;
    }),
  );
  section('Times', a.times.map((t) => `“${t.text}” → ${t.value} (${t.interval.start ?? '…'} – ${t.interval.end ?? '…'}, ${t.granularity})`));
  section('Quantities', a.quantities.map((q) => `“${q.text}” → ${q.bound} ${q.value}${q.unit ? ' ' + q.unit : ''}${q.item ? ' of ' + q.item : ''}`));
  section('Events', a.events.map((e) => eventLine(e, a)));
  section(
    'Quotes',
    // The chain after the article names the speaker last, or the reporter and the source it cites.
    a.quotes.map((q) => `${q.direct ? 'direct' : 'reported'}: ${q.attribution.chain.slice(1).map((l) => l.name).join(' → ') || '?'}${q.cue ? ` (${q.cue.text})` : ''}: ${q.direct ? `“${q.content.text}”` : q.content.text}`),
  );
  section(
    'Contradictions',
    a.contradictions.map((c) => {
      // Each side: its trigger, who says it, and the sentence to read it in.
      const side = (id: string) => {
        const cl = a.claims.find((x) => x.id === id);
        return cl ? `“${cl.evidence.text}”${chain(cl.attribution)} in: ${a.sentences[cl.evidence.sentence]?.text ?? ''}` : id;
      };
      return `${c.reason}\n      A: ${side(c.claimIds[0])}\n      B: ${side(c.claimIds[1])}`;
    }),
  );
  return out.join('\n') + '\n';
}
