// Sign-in: the API sets an HttpOnly session cookie; the dashboard never sees a token.
import { api } from '../api.ts';
import { h, mount } from '../dom.ts';
import type { Ctx } from '../context.ts';

export function signInView(ctx: Ctx): Node {
  const message = h('p', { role: 'alert' });
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'signin',
      'aria-label': 'Sign in',
      onSubmit: async (e: Event) => {
        e.preventDefault();
        const d = new FormData(form);
        try {
          await api.signIn(String(d.get('name') ?? ''), String(d.get('password') ?? ''));
          if (ctx.route.view === 'signin') history.replaceState(null, '', '#/');
          await ctx.refreshUser();
        } catch (err) {
          mount(message, h('span', { class: 'error' }, `Not signed in: ${(err as Error).message}`));
        }
      },
    },
    h('h1', {}, 'Sign in'),
    h('label', {}, 'Name', h('input', { name: 'name', autocomplete: 'username', required: true })),
    h('label', {}, 'Password', h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('button', { type: 'submit' }, 'Sign in'),
    message,
  );
  return form;
}
