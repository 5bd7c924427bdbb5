// Each pack's regression records (src/lang/<code>/checks.tsv), run through the whole analyser: a sentence and
// the event it must (or must not) yield. Records marked pending are reported as to-do, not failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createAnalyzer } from '../pipeline/analyze.ts';
import type { Event } from '../schema/analysis.ts';
import { readTable } from './load.ts';
import { packs } from './index.ts';

/**
 * sentence, trigger (as written), PLOVER type or 'none', CAMEO code prefix, actor code prefix, recipient code
 * prefix (each '-': not checked), then options: stage=…, polarity=…, certainty=… (the event's modality), pending=why (a record the code cannot pass yet).
 * 'none' with a trigger: that word triggers no event; with '-': the sentence yields no event at all.
 */
export interface CheckRecord {
  sentence: string;
  trigger: string;
  type: string;
  cameo: string;
  actor: string;
  recipient: string;
  options: Map<string, string>;
}

export function readChecks(file: URL): CheckRecord[] {
  return readTable(file).map((row) => {
    const [sentence = '', trigger = '', type = '', cameo = '-', actor = '-', recipient = '-', ...rest] = row;
    if (!sentence || !trigger || !type) throw new Error(`${file.pathname}: want sentence, trigger and type in row '${row.join('\t')}'`);
    const options = new Map<string, string>();
    for (const cell of rest.filter((c) => c && c !== '-')) {
      const m = /^(stage|polarity|certainty|pending)=(.+)$/.exec(cell);
      if (!m) throw new Error(`${file.pathname}: unknown option '${cell}' (want stage=, polarity=, certainty=, pending=) in row '${row.join('\t')}'`);
      options.set(m[1]!, m[2]!);
    }
    return { sentence, trigger, type, cameo, actor, recipient, options };
  });
}

const codes = (ps: Event['actors']) => ps.map((p) => p.actorCode ?? p.country ?? '');
const has = (ps: Event['actors'], want: string) => want === '-' || codes(ps).some((c) => c.startsWith(want));

/** Why the events do not meet the record, or null when they do. */
export function mismatch(r: CheckRecord, events: Event[]): string | null {
  const show = events.map((e) => `${e.trigger.text} ${e.type} ${e.cameo.code} ${codes(e.actors)}→${codes(e.recipients)} ${e.modality.stage}/${e.modality.polarity}`).join('; ') || 'no event';
  const at = events.filter((e) => e.trigger.text.toLowerCase() === r.trigger.toLowerCase());
  if (r.type === 'none') {
    const wrong = r.trigger === '-' ? events : at;
    return wrong.length ? `expected no event${r.trigger === '-' ? '' : ` at '${r.trigger}'`}, got ${show}` : null;
  }
  const fits = at.some(
    (e) =>
      (r.type === '-' || e.type === r.type) &&
      (r.cameo === '-' || e.cameo.code.startsWith(r.cameo)) &&
      has(e.actors, r.actor) &&
      has(e.recipients, r.recipient) &&
      [...r.options].every(([k, v]) => k === 'pending' || (e.modality as unknown as Record<string, unknown>)[k] === v),
  );
  return fits ? null : `expected '${r.trigger}' ${r.type} ${r.cameo} ${r.actor}→${r.recipient}, got ${show}`;
}

const analyzer = await createAnalyzer();

for (const [code] of packs) {
  const file = new URL(`./${code}/checks.tsv`, import.meta.url);
  if (!existsSync(file)) continue;
  for (const r of readChecks(file)) {
    const pending = r.options.get('pending');
    test(`${code}: ${r.sentence}`, { todo: pending }, async () => {
      const a = await analyzer.analyze({ text: r.sentence, publishedAt: '2024-06-28', lang: code });
      const why = mismatch(r, a.events);
      assert.equal(why, null, why ?? '');
    });
  }
}
