import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syntheticArticle } from './synthetic.ts';
import { machineRecord, withReview } from './event-record.ts';
import type { Review } from './records.ts';

const facts = { id: 'art_1', url: null, title: 'Report', publishedAt: '2024-06-28', lang: 'en', source: null };
const review = (correction: Review['correction'], status: Review['status'] = 'corrected'): Review => ({
  status,
  correction,
  note: null,
  reviewer: 'ana',
  reviewedAt: '2024-07-01T00:00:00Z',
});

function aidRecord() {
  const { analysis } = syntheticArticle({ seed: 1, events: 10 });
  const aid = analysis.events.find((e) => e.type === 'AID');
  assert.ok(aid, 'the synthetic article has an AID event');
  return machineRecord(facts, analysis, aid);
}

test('correcting AID to PROTEST gives the record the protest code, its QuadClass and Goldstein; the machine type and code stay visible', () => {
  const machine = aidRecord();
  assert.deepEqual([machine.cameo.code, machine.quadClass, machine.goldstein], ['070', 2, 7]);
  const r = withReview(machine, review({ type: 'PROTEST' }));
  assert.equal(r.type, 'PROTEST');
  assert.match(r.cameo.code, /^14\d$/);
  assert.deepEqual(r.cameo, { code: '140', root: '14', base: '140', label: 'Engage in political dissent' });
  assert.equal(r.quadClass, 4, 'PLOVER puts protest in material conflict');
  assert.equal(r.goldstein, -6.5);
  assert.equal(r.machineType, 'AID');
  assert.equal(r.machineCameo, '070');
});

test("a correction keeps the machine's mode where the new type has it, and drops it where it does not", () => {
  const threaten = () => ({ ...aidRecord(), type: 'THREATEN' as const, machineType: 'THREATEN' as const, mode: 'restrict' });
  const coerced = withReview(threaten(), review({ type: 'COERCE' }));
  assert.deepEqual([coerced.mode, coerced.cameo.code], ['restrict', '172']);
  const protest = withReview(threaten(), review({ type: 'PROTEST' }));
  assert.deepEqual([protest.mode, protest.cameo.code], [null, '140']);
});

test("a correction that leaves the type, an acceptance and a rejection keep the machine's class", () => {
  const machine = aidRecord();
  const corrections = [review({ place: null }), review({ type: 'AID' }), review(null, 'accepted'), review(null, 'rejected')];
  for (const r of corrections.map((c) => withReview(aidRecord(), c))) {
    assert.deepEqual([r.type, r.mode, r.cameo, r.quadClass, r.goldstein], [machine.type, machine.mode, machine.cameo, machine.quadClass, machine.goldstein]);
    assert.equal(r.machineCameo, machine.cameo.code);
  }
});

test('the dead the text counts for an event become its fatalities, and the ACLED row carries them', async () => {
  const { analysis } = syntheticArticle({ seed: 1, events: 10 });
  const event = analysis.events[0]!;
  const dead = { id: 'q9', value: 12, valueMax: null, bound: 'at-least' as const, unit: 'unit', item: 'dead', itemSpan: null, start: 0, end: 2, text: '12', sentence: event.sentence };
  const rec = machineRecord(facts, { ...analysis, quantities: [...analysis.quantities, dead] }, { ...event, quantityIds: [...event.quantityIds, 'q9'] });
  assert.equal(rec.fatalities, 12);
  assert.equal(machineRecord(facts, analysis, event).fatalities, null);
  const { acledRow, ACLED_COLUMNS } = await import('../export/acled.ts');
  const row = acledRow({ ...withReview(rec, null), event });
  assert.equal(row[ACLED_COLUMNS.indexOf('fatalities')], 12);
});
