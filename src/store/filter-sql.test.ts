import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from './sqlite.ts';
import { syntheticArticle } from './synthetic.ts';
import { eventCondition } from './filter-sql.ts';
import type { EventFilter } from './records.ts';

test('a participant filter selects the same events whether it walks the events or collects from the index', async () => {
  const store = openSqliteStore(':memory:');
  for (let seed = 1; seed <= 3; seed++) {
    const { article, analysis } = syntheticArticle({ seed, events: 12 });
    await store.saveAnalysis(article, analysis);
  }
  const keys = (f: EventFilter, rare: boolean) => {
    const c = eventCondition(f, { actor: rare, recipient: rare });
    const sql = `SELECT e.event_key FROM events e LEFT JOIN reviews r ON r.event_key = e.event_key WHERE ${c.sql} ORDER BY e.date DESC, e.event_key DESC`;
    return (store.db.prepare(sql).all(...c.params) as { event_key: string }[]).map((r) => r.event_key);
  };
  for (const f of [{ actor: 'country:RUS' }, { actor: 'PRKGOV', recipient: 'USA' }, { recipient: 'country:UKR', type: ['ASSAULT' as const] }, { actor: 'nobody' }]) {
    const walked = keys(f, false);
    assert.deepEqual(keys(f, true), walked, JSON.stringify(f));
    assert.equal(walked.length, (await store.listEvents(f, { limit: 500 })).items.length);
  }
  assert.ok(keys({ actor: 'country:RUS' }, false).length > 0);
});
