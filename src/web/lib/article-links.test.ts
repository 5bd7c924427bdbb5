import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../schema/analysis.ts';
import type { ArticleBacklink, EventClass } from '../../store/records.ts';
import { eventKey } from '../../store/event-key.ts';
import { backlinkGroups, backlinkLabel, shownClass } from './article-links.ts';

const link = (id: string, relation: ArticleBacklink['relation'], over: Partial<ArticleBacklink> = {}): ArticleBacklink => ({
  id,
  relation,
  title: `Title ${id}`,
  source: 'news.example',
  lang: 'en',
  publishedAt: null,
  ...over,
});

test('linking articles are grouped: translations, then republications, then near-duplicate copies; empty groups are left out', () => {
  const groups = backlinkGroups([link('c', 'near-duplicate'), link('t1', 'translation'), link('t2', 'translation')]);
  assert.deepEqual(
    groups.map((g) => [g.relation, g.label, g.links.map((l) => l.id)]),
    [
      ['translation', 'translated as', ['t1', 't2']],
      ['near-duplicate', 'near-duplicate copies', ['c']],
    ],
  );
  assert.deepEqual(backlinkGroups([]), []);
});

test('a linking article is named by its title, else its source, else its id', () => {
  assert.deepEqual(backlinkLabel(link('a', 'translation')), { text: 'Title a', detail: 'en, news.example' });
  assert.deepEqual(backlinkLabel(link('a', 'republication', { title: null })), { text: 'news.example', detail: 'en' });
  assert.deepEqual(backlinkLabel(link('a', 'republication', { title: null, source: null, lang: null })), { text: 'a', detail: '' });
});

test("an event shows the corrected class when an analyst re-typed it, with the machine's type and code beside it", () => {
  const event = {
    id: 'e1',
    sentence: 2,
    type: 'AID',
    mode: null,
    cameo: { code: '070', root: '07', base: '070', label: 'Provide aid' },
    quadClass: 2,
    goldstein: 7,
    trigger: { sentence: 2, start: 10, end: 14, text: 'aids' },
    actors: [],
    recipients: [],
  } as unknown as Event;
  const article = { id: 'art_1' } as never;
  const protest: EventClass = { type: 'PROTEST', mode: null, cameo: { code: '140', root: '14', base: '140', label: 'Engage in political dissent' }, quadClass: 4, goldstein: -6.5 };

  const machine = shownClass({ article, correctedClasses: {} }, event);
  assert.deepEqual([machine.type, machine.cameo.code, machine.quadClass, machine.machine], ['AID', '070', 2, null]);
  const corrected = shownClass({ article, correctedClasses: { [eventKey('art_1', event)]: protest } }, event);
  assert.deepEqual([corrected.type, corrected.cameo.code, corrected.quadClass, corrected.goldstein], ['PROTEST', '140', 4, -6.5]);
  assert.deepEqual(corrected.machine, { type: 'AID', code: '070' });
});
