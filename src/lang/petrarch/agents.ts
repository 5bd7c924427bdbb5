// PETRARCH agent dictionaries (Phoenix.agents.txt, PETR.Validate.agents.txt) as entity-lexicon agents.
// "FOREIGN_MINISTER [~GOVFRM]", plurals in braces ("ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]"), and
// substitution sets ("!PERSON! = MAN, MEN, WOMAN") used inside words ("CONGRESS!PERSON!").
import type { AgentEntry } from '../../entities/lexicon.ts';
import { bracketed, dictionaryLines, phraseWords } from './dictionary-lines.ts';

function expand(word: string, subs: Map<string, string[]>): string[] {
  const m = /!([A-Z]+)!/.exec(word);
  if (!m) return [word];
  const alts = subs.get(m[1]!) ?? [''];
  return alts.flatMap((a) => expand(word.replace(m[0], a), subs));
}

export function parsePetrarchAgents(content: string): AgentEntry[] {
  const subs = new Map<string, string[]>();
  const bySector = new Map<string, string[]>();
  for (const line of dictionaryLines(content)) {
    const t = line.trim();
    const sub = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(t);
    if (sub) {
      subs.set(sub[1]!, sub[2]!.split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const code = bracketed(t)[0];
    if (!code) continue;
    const sector = code.replace(/~/g, '').trim().toUpperCase();
    if (!/^[A-Z0-9]+$/.test(sector)) continue;
    const head = t.replace(/\{[^}]*\}/g, '').replace(/\[.*$/, '').trim().replace(/\s+/g, '_');
    const plurals = /\{([^}]*)\}/.exec(t)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
    const phrases = [head, ...plurals].flatMap((w) => expand(w, subs)).map((w) => phraseWords(w).join(' ')).filter(Boolean);
    bySector.set(sector, [...(bySector.get(sector) ?? []), ...phrases]);
  }
  return [...bySector].map(([sector, words]) => ({ sector, words: [...new Set(words)] }));
}
