// Pieces shared by the SVG views: a linear scale, a keyboard-activatable mark, and the quad-class legend.
import { h, s, type Child } from '../dom.ts';
import { QUAD, glyph, type Quad } from '../palette.ts';

export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** An SVG group that acts as a button: focusable, labelled, Enter/Space or click run `onActivate`. */
export function activeMark(label: string, onActivate: () => void, ...children: Child[]): SVGGElement {
  return s(
    'g',
    {
      class: 'mark',
      tabindex: 0,
      role: 'button',
      'aria-label': label,
      onClick: onActivate,
      onKeydown: (e: Event) => {
        const key = (e as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') {
          e.preventDefault();
          onActivate();
        }
      },
    },
    s('title', {}, label),
    ...children,
  );
}

export function quadLegend(extra: Child[] = []): HTMLElement {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    ([1, 2, 3, 4] as Quad[]).map((q) => h('li', {}, glyph(q), ` ${QUAD[q].label}`)),
    extra.map((x) => h('li', {}, x)),
  );
}
