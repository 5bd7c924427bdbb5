// PETRARCH actor dictionaries (Phoenix.*.actors.txt, PETR.Validate.actors.txt) as entity-lexicon actors.
// "VLADIMIR_PUTIN_ [RUSGOV >080508]" or a name line followed by '+' synonyms and tab-indented dated codes
// ("[RUSGOV 991231-080507]"); dates are YYMMDD, '>' from, '<' until, 'a-b' a range.
import type { ActorEntry } from '../../entities/lexicon.ts';
import { bracketed, dictionaryLines, textForm } from './dictionary-lines.ts';

/** YYMMDD → ISO; two-digit years above 30 are 19xx (the dictionaries start in the 1930s). */
function isoDate(yymmdd: string): string | null {
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(yymmdd);
  if (!m) return null;
  const year = Number(m[1]) > 30 ? `19${m[1]}` : `20${m[1]}`;
  return `${year}-${m[2]}-${m[3]}`;
}

interface CodePeriod {
  code: string;
  validFrom?: string;
  validTo?: string;
}

function codePeriod(text: string): CodePeriod | null {
  const [rawCode = '', range = ''] = text.split(/\s+/);
  const code = rawCode.toUpperCase();
  if (!/^[A-Z0-9]{3,}$/.test(code)) return null;
  const out: CodePeriod = { code };
  const from = /^>(\d{6})$/.exec(range);
  const until = /^<(\d{6})$/.exec(range);
  const both = /^(\d{6})-(\d{6})$/.exec(range);
  const set = (k: 'validFrom' | 'validTo', d: string | undefined) => {
    const iso = d ? isoDate(d) : null;
    if (iso) out[k] = iso;
  };
  if (from) set('validFrom', from[1]);
  if (until) set('validTo', until[1]);
  if (both) {
    set('validFrom', both[1]);
    set('validTo', both[2]);
  }
  return out;
}

export function parsePetrarchActors(content: string): ActorEntry[] {
  const groups: { names: string[]; codes: CodePeriod[] }[] = [];
  let current: { names: string[]; codes: CodePeriod[] } | null = null;
  for (const line of dictionaryLines(content)) {
    const t = line.trim();
    if (t === '' || t.startsWith('!') || t.startsWith('&')) continue;
    const codes = bracketed(t).map(codePeriod).filter((c): c is CodePeriod => c !== null);
    const name = t.replace(/\[[^\]]*\]/g, '').trim();
    if (t.startsWith('+') && current) {
      current.names.push(textForm(name));
      current.codes.push(...codes);
    } else if (name === '' && current) {
      current.codes.push(...codes);
    } else if (name !== '') {
      current = { names: [textForm(name)], codes };
      groups.push(current);
    }
  }
  return groups
    .filter((g) => g.codes.length > 0)
    .flatMap((g) => g.codes.map((c) => ({ names: [...new Set(g.names)].filter(Boolean), ...c })))
    .filter((e) => e.names.length > 0);
}
