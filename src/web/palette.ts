// Okabe–Ito colours, always paired with a second cue (shape, dash, underline style) so nothing is told
// by colour alone.
import { s } from './dom.ts';

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export type Quad = 1 | 2 | 3 | 4;
export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';

/** CAMEO quad classes: verbal/material × cooperation/conflict. Verbal ones draw dashed. */
export const QUAD: Record<Quad, { label: string; color: string; shape: Shape; dash: string | null }> = {
  1: { label: 'verbal cooperation', color: OKABE_ITO.blue, shape: 'circle', dash: '6 3' },
  2: { label: 'material cooperation', color: OKABE_ITO.bluishGreen, shape: 'square', dash: null },
  3: { label: 'verbal conflict', color: OKABE_ITO.orange, shape: 'triangle', dash: '6 3' },
  4: { label: 'material conflict', color: OKABE_ITO.vermillion, shape: 'diamond', dash: null },
};

export function quadOf(n: number): Quad {
  return (n >= 1 && n <= 4 ? n : 1) as Quad;
}

/** An SVG path `d` for a shape of radius r centred on 0,0. */
export function shapePath(shape: Shape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'square':
      return `M${-r * 0.85},${-r * 0.85}h${r * 1.7}v${r * 1.7}h${-r * 1.7}z`;
    case 'triangle':
      return `M0,${-r * 1.1}L${r},${r * 0.8}L${-r},${r * 0.8}z`;
    case 'diamond':
      return `M0,${-r * 1.2}L${r},0L0,${r * 1.2}L${-r},0z`;
  }
}

/** A small inline symbol for legends and table cells. */
export function glyph(q: Quad, size = 12): SVGSVGElement {
  const { color, shape } = QUAD[q];
  return s(
    'svg',
    { width: size, height: size, viewBox: '-7 -7 14 14', class: 'glyph', 'aria-hidden': 'true' },
    s('path', { d: shapePath(shape, 5.5), fill: color, stroke: '#000', 'stroke-width': 0.8 }),
  );
}
