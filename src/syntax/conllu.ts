// CoNLL-U reading: sentences of syntactic words, with the surface tokens (multiword tokens such as
// Indonesian "menyetujuinya" = "menyetujui" + "nya") that they were written as. Empty nodes (enhanced
// dependencies only, ids like "8.1") are skipped: the basic tree never points at them.
import { InputError } from '../errors.ts';

export interface UdWord {
  form: string;
  lemma: string;
  upos: string;
  feats: string;
  /** Index of the head word in the sentence, -1 for the root. */
  head: number;
  deprel: string;
}

export interface UdToken {
  form: string;
  /** Words [from, to) this token is written as: one for most tokens, several for a multiword token. */
  from: number;
  to: number;
  spaceAfter: boolean;
}

export interface UdSentence {
  id: string;
  text: string;
  words: UdWord[];
  tokens: UdToken[];
}

function fail(source: string, line: number, problem: string): never {
  throw new InputError(`${source}:${line}`, problem);
}

/** Reads every sentence of a CoNLL-U document; `source` names it in errors. */
export function readConllu(doc: string, source = 'conllu'): UdSentence[] {
  const out: UdSentence[] = [];
  let cur: UdSentence | null = null;
  let range: { last: number; token: UdToken } | null = null;
  const lines = doc.split(/\r?\n/);
  const close = () => {
    if (cur && cur.words.length) {
      if (!cur.text) cur.text = cur.tokens.map((t) => t.form + (t.spaceAfter ? ' ' : '')).join('').trimEnd();
      out.push(cur);
    }
    cur = null;
    range = null;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') {
      close();
      continue;
    }
    cur ??= { id: String(out.length + 1), text: '', words: [], tokens: [] };
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text)\s*=\s*(.*)$/.exec(line);
      if (m) cur[m[1] === 'sent_id' ? 'id' : 'text'] = m[2]!.trim();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) fail(source, n + 1, `expected 10 tab-separated columns, found ${cols.length}`);
    const [id, form, lemma, upos, , feats, head, deprel, , misc] = cols as [string, string, string, string, string, string, string, string, string, string];
    const spaceAfter = !/(^|\|)SpaceAfter=No(\||$)/.test(misc);
    if (id.includes('.')) continue;
    const mwt = /^(\d+)-(\d+)$/.exec(id);
    if (mwt) {
      const first = Number(mwt[1]);
      const last = Number(mwt[2]);
      if (first !== cur.words.length + 1 || last < first) fail(source, n + 1, `multiword token ${id} out of order`);
      const token: UdToken = { form, from: first - 1, to: last, spaceAfter };
      cur.tokens.push(token);
      range = { last, token };
      continue;
    }
    const index = Number(id);
    if (!Number.isInteger(index) || index !== cur.words.length + 1) fail(source, n + 1, `word id ${id} out of order`);
    const h = Number(head);
    if (!Number.isInteger(h) || h < 0) fail(source, n + 1, `head ${head} is not a word id`);
    cur.words.push({ form, lemma, upos, feats, head: h - 1, deprel });
    if (range && index <= range.last) {
      if (index === range.last) range = null;
    } else cur.tokens.push({ form, from: index - 1, to: index, spaceAfter });
  }
  close();
  for (const s of out) {
    const i = s.words.findIndex((w) => w.head >= s.words.length);
    if (i >= 0) throw new InputError(`${source}:${s.id}`, `word ${i + 1} has head ${s.words[i]!.head + 1} beyond the sentence`);
  }
  return out;
}
