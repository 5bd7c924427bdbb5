// The CAMEO code table with its PLOVER mapping, QuadClass and Goldstein values (data/cameo_plover_map.tsv,
// sources and licences in data/NOTICE.md).
import { readTable } from '../lang/load.ts';
import { PloverType } from '../schema/analysis.ts';

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
    const plover = PloverType.safeParse(event).success ? (event as PloverType) : null;
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

export function quadClassOf(type: PloverType): number {
  return quadOfType.get(type) ?? 1;
}
