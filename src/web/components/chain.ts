// A source chain (article → agency → spokesperson), outermost first; each reporting cue can be clicked.
import type { Evidence, SourceLink } from '../../schema/analysis.ts';
import { h } from '../dom.ts';
import { sourceName } from '../lib/event-fields.ts';

export function sourceChain(chain: readonly SourceLink[], onEvidence?: (e: Evidence) => void): HTMLElement {
  return h(
    'ol',
    { class: 'chain', 'aria-label': 'Source chain, outermost first' },
    chain.map((link) =>
      h(
        'li',
        {},
        // a link named by its URL shows its host; the URL stays on hover
        h('span', { class: `src src-${link.kind}`, title: link.name === sourceName(link.name) ? null : link.name }, sourceName(link.name)),
        h('span', { class: 'muted' }, ` ${link.kind}`),
        link.cue && onEvidence
          ? [' ', h('button', { class: 'linkish', title: 'Show the reporting word', onClick: () => onEvidence(link.cue!) }, `“${link.cue.text}”`)]
          : link.cue
            ? h('span', { class: 'muted' }, ` “${link.cue.text}”`)
            : null,
      ),
    ),
  );
}
