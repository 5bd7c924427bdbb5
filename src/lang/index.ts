// The language packs Sumber ships. Adding a language is a folder beside these and one line here.
import type { LanguagePack } from './types.ts';
import { pack as id } from './id/index.ts';
import { pack as en } from './en/index.ts';
import { pack as es } from './es/index.ts';
import { pack as zh } from './zh/index.ts';
import { pack as ko } from './ko/index.ts';

export const packs: ReadonlyMap<string, LanguagePack> = new Map([id, en, es, zh, ko].map((p) => [p.code, p]));

/** English is the fallback for languages without a pack: its gazetteers still find countries and places. */
export const FALLBACK_LANGUAGE = 'en';
