// The CAMEO code table with its PLOVER mapping, QuadClass and Goldstein values (data/cameo_plover_map.tsv,
// sources and licences in data/NOTICE.md).
import { readTable } from '../lang/load.ts';
import type { PloverType } from '../schema/analysis.ts';
import { isOneOf, PLOVER_TYPES } from '../schema/vocabulary.ts';

export interface CameoCode {
  code: string;
  root: string;
  base: string;
  label: string;
  goldstein: number | null;
  /** PLOVER event the code maps to; null for codes PLOVER dropped (public statements, appeals). */
  plover: PloverType | null;
  mode: string | null;
  context: string[];
  /** PLOVER quad class (1 verbal co-operation … 4 material conflict). */
  quad: number | null;
}

function load(): Map<string, CameoCode> {
  const out = new Map<string, CameoCode>();
  for (const row of readTable(new URL('data/cameo_plover_map.tsv', import.meta.url))) {
    const [code = '', , root = '', , label = '', gdeltQuad = '', goldstein = '', event = '', mode = '', context = '', quad = ''] = row;
    if (!/^\d+$/.test(code)) continue; // the header
    const plover = isOneOf(PLOVER_TYPES, event) ? event : null;
    out.set(code, {
      code,
      root,
      base: code.slice(0, 3).padEnd(3, '0'),
      label,
      goldstein: goldstein === '' ? null : Number(goldstein),
      plover,
      mode: mode || null,
      context: context ? context.split(';') : [],
      quad: plover && /^\d$/.test(quad) ? Number(quad) : Number(gdeltQuad) || null,
    });
  }
  return out;
}

const table = load();

/** PLOVER quad class of each event type, as the table gives it for the type's own codes. */
const quadOfType = new Map<PloverType, number>();
for (const c of table.values()) if (c.plover && c.quad && !quadOfType.has(c.plover)) quadOfType.set(c.plover, c.quad);

/** The code's row; a code missing from the table falls back to its base and then its root. */
export function cameoCode(code: string): CameoCode | null {
  return table.get(code) ?? table.get(code.slice(0, 3)) ?? table.get(code.slice(0, 2)) ?? null;
}

/** The code as an event carries it (the table's other columns fill the event's own fields). */
export function cameoRef(c: CameoCode): { code: string; root: string; base: string; label: string } {
  return { code: c.code, root: c.root, base: c.base, label: c.label };
}

export function quadClassOf(type: PloverType): number {
  return quadOfType.get(type) ?? 1;
}

/** How general a code is as a default: base codes ("not specified below"), then root headings, then the rest. */
const GENERALITY: Record<number, number> = { 3: 0, 2: 1 };

/**
 * The default code of a PLOVER type and mode, for an event whose type was set by hand: the most general of
 * the type's codes with that mode, else of those without a mode, else of all the type's codes.
 */
export function cameoForPlover(type: PloverType, mode: string | null): CameoCode {
  const ofType = [...table.values()].filter((c) => c.plover === type);
  const withMode = ofType.filter((c) => c.mode === mode);
  const modeless = ofType.filter((c) => c.mode === null);
  const candidates = withMode.length ? withMode : modeless.length ? modeless : ofType;
  const rank = (c: CameoCode) => GENERALITY[c.code.length] ?? 2;
  const best = candidates.sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code))[0];
  if (!best) throw new Error(`cameo_plover_map.tsv has no code for the PLOVER type ${type}`);
  return best;
}
