// The "Show N more" button under a paged list: it turns itself off while the next page loads, so one click
// fetches one page; the caller draws the page and a new button.
import { h } from '../dom.ts';

export function moreButton(label: string, load: () => Promise<void>): HTMLButtonElement {
  const button: HTMLButtonElement = h(
    'button',
    {
      class: 'more',
      onClick: () => {
        button.disabled = true;
        void load();
      },
    },
    label,
  );
  return button;
}
