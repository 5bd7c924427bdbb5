// Chinese words: Traditional characters read as Simplified for every lookup, and runs of Han characters cut
// into words by jieba, whose dictionary is extended with every word of this pack's lists so that a listed
// name or verb comes out whole ("克里姆林宫", "派兵").
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { listedWords } from '../load.ts';
import { countryNames } from '../../entities/countries.ts';
import { COUNTRY_LOCALE } from './locale.ts';
import { quantities } from './quantities.ts';

const require = createRequire(import.meta.url);
const HAN = /\p{Script=Han}/u;
const ONLY_HAN = /^\p{Script=Han}+$/u;

let converter: ((text: string) => string) | null = null;

/** Traditional → Simplified, made on the first Chinese text (its tables cost some 60 ms to load). */
function toSimplified(text: string): string {
  const convert = (converter ??= (require('opencc-js') as typeof import('opencc-js')).Converter({ from: 't', to: 'cn' }));
  return convert(text);
}

/** Full-width punctuation as the shared stages spell it: "，" is a comma to the clause finder. */
const PUNCTUATION: Record<string, string> = { '，': ',', '、': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?', '。': '.' };

const lookupCache = new Map<string, string>();
const MAX_CACHE = 50_000;

/** The form lists are written in: Simplified, ASCII punctuation, lower case. */
export function lookupForm(token: string): string {
  let form = lookupCache.get(token);
  if (form === undefined) {
    form = PUNCTUATION[token] ?? (HAN.test(token) ? simplified(token) : token).toLowerCase();
    if (lookupCache.size >= MAX_CACHE) lookupCache.clear();
    lookupCache.set(token, form);
  }
  return form;
}

/** Simplified spelling of the same length (offsets must hold), else the text as it is. */
function simplified(text: string): string {
  const s = toSimplified(text);
  return s.length === text.length ? s : text;
}

/** Frequency given to the pack's own words: high enough that jieba keeps them whole. */
const PACK_WORD_FREQUENCY = 20_000;

/** Every Han word of the pack's data files and the Chinese country names. */
function packWords(): string[] {
  const words = listedWords(import.meta.url, (w) => ONLY_HAN.test(w) && w.length > 1);
  for (const [name] of countryNames(COUNTRY_LOCALE, [])) if (ONLY_HAN.test(name)) words.add(name);
  return [...words];
}


let jieba: Jieba | null = null;
/** The pack's own words: a jieba word that ends in one of them is cut before it ("积极支持" → 积极|支持). */
let own = new Set<string>();

/** Loaded on the first Chinese text: the module and dictionary cost a third of a second to read. */
function segmenter(): Jieba {
  if (!jieba) {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = Jieba.withDict(dict);
    own = new Set(packWords());
    jieba.loadDict(Buffer.from([...own].map((w) => `${w} ${PACK_WORD_FREQUENCY}`).join('\n') + '\n'));
  }
  return jieba;
}

/** Characters that, right after a written number, are a word of their own: scales, classifiers and date
 *  words. jieba joins them to what follows ("1.2万名" → 万名, "18日报道" → 日报|道); they are cut off unless the
 *  joined word is itself a unit of the pack ("3个月", "5公里"). */
const AFTER_NUMBER = new Set([...'万亿千百年月日号时点分秒名个人位枚架辆艘门发批营旅吨天周岁']);

/** A word the pack does not list cut before the longest pack word it ends in ("精锐部队" → 精锐|部队). */
function ownWordAtEnd(word: string): string[] {
  if (word.length < 3 || own.has(word)) return [word];
  for (let k = 1; k < word.length - 1; k++) if (own.has(word.slice(k))) return [word.slice(0, k), word.slice(k)];
  return [word];
}

/** Cuts a run with Han characters into words; a run without any stays whole. */
export function splitWords(run: string, afterNumber: boolean): string[] | null {
  if (!HAN.test(run)) return null;
  const simple = simplified(run);
  const cut = segmenter().cut(simple, true);
  const first = cut[0]!;
  if (afterNumber && first.length > 1 && AFTER_NUMBER.has(simple[0]!) && !quantities.units.has(first)) {
    return [run[0]!, ...(splitWords(run.slice(1), false) ?? [run.slice(1)])];
  }
  const pieces: string[] = [];
  let at = 0;
  for (const w of cut.flatMap(ownWordAtEnd)) {
    pieces.push(run.slice(at, at + w.length));
    at += w.length;
  }
  return pieces;
}
