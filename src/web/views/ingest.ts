// Ingest: paste text, give a URL, or drop files. Each becomes a job with its progress; when one article
// was sent, it opens once analysed.
import { api, type IngestRequest } from '../api.ts';
import { h, mount } from '../dom.ts';
import type { Ctx } from '../context.ts';
import { href } from '../route.ts';

interface Job {
  label: string;
  request: () => Promise<IngestRequest>;
}

const HTML_FILE = /\.x?html?$/i;

function fileJob(file: File): Job {
  return {
    label: file.name,
    request: async () => {
      const body = await file.text();
      return HTML_FILE.test(file.name) || file.type === 'text/html' ? { html: body } : { text: body, title: undefined };
    },
  };
}

export function ingestView(ctx: Ctx): Node {
  const progress = h('progress', { max: 1, value: 0, hidden: true, 'aria-label': 'Ingest progress' });
  const log = h('ol', { class: 'jobs', 'aria-live': 'polite' });

  async function run(jobs: Job[]) {
    if (!jobs.length) return;
    progress.hidden = false;
    progress.max = jobs.length;
    progress.value = 0;
    let lastId: string | null = null;
    for (const job of jobs) {
      const line = h('li', {}, `${job.label}: analysing…`);
      log.prepend(line);
      try {
        const res = await api.ingest(await job.request());
        const stored = res.stored[0];
        const id = stored?.id ?? res.duplicates[0]?.id ?? null;
        if (!id) throw new Error(res.failed.map((f) => f.problem).join('; ') || 'nothing stored');
        lastId = id;
        mount(line, `${job.label}: ${stored ? 'analysed and stored' : 'already stored'} — `, h('a', { href: href('article', id) }, 'open'));
      } catch (e) {
        mount(line, h('span', { class: 'error' }, `${job.label}: failed — ${(e as Error).message}`));
        lastId = null;
      }
      progress.value += 1;
    }
    if (jobs.length === 1 && lastId) ctx.go(href('article', lastId));
  }

  const form: HTMLFormElement = h(
    'form',
    {
      class: 'ingest',
      onSubmit: (e: Event) => {
        e.preventDefault();
        const d = new FormData(form);
        const get = (k: string) => String(d.get(k) ?? '').trim();
        const [text, url, title, publishedAt] = [get('text'), get('url'), get('title'), get('publishedAt')];
        if (!text && !url) {
          mount(log, h('li', { class: 'error', role: 'alert' }, 'Paste a text or give a URL.'));
          return;
        }
        const meta = { ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}) };
        const label = title || url || `${text.slice(0, 40)}…`;
        void run([{ label, request: async () => (text ? { text, ...(url ? { url } : {}), ...meta } : { url, ...meta }) }]);
      },
    },
    h('label', { class: 'wide' }, 'Article text', h('textarea', { name: 'text', rows: 10, placeholder: 'Paste the article here…' })),
    h('label', {}, 'or URL', h('input', { name: 'url', type: 'url', size: 40, placeholder: 'https://…' })),
    h('label', {}, 'Title (optional)', h('input', { name: 'title', size: 30 })),
    h('label', {}, 'Published (optional)', h('input', { name: 'publishedAt', type: 'date' })),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit' }, 'Analyse')),
  );

  const fileInput = h('input', { type: 'file', multiple: true, accept: '.txt,.html,.htm,text/plain,text/html', onChange: () => void run(Array.from(fileInput.files ?? []).map(fileJob)) });
  const drop = h(
    'div',
    {
      class: 'dropzone',
      onDragover: (e: Event) => {
        e.preventDefault();
        drop.classList.add('over');
      },
      onDragleave: () => drop.classList.remove('over'),
      onDrop: (e: Event) => {
        e.preventDefault();
        drop.classList.remove('over');
        void run(Array.from((e as DragEvent).dataTransfer?.files ?? []).map(fileJob));
      },
    },
    h('p', {}, 'Drop .txt or .html files here, or '),
    h('label', { class: 'button-like' }, 'choose files', fileInput),
  );
  return h('section', {}, h('h1', {}, 'Ingest'), form, drop, progress, log);
}
