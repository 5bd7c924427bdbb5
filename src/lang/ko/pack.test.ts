// The Korean pack read end to end on a short news text: particles cut off names, dates and numbers written
// the Korean way, and events whose participants a particle marks ("러시아에" is sent to).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../pipeline/analyze.ts';
import { segment } from '../../text/segment.ts';
import { packs } from '../index.ts';

const TEXT = `국가정보원은 북한이 러시아에 병력 1만 2천 명을 파병했다고 밝혔다.
북한군은 지난주 화요일 블라디보스토크에 도착했다.
2024년 6월 19일 러시아군은 우크라이나를 미사일로 공격했다.
다음 달 3천 명이 추가로 파견될 예정이다.`;

const analysis = (await createAnalyzer()).analyze({ text: TEXT, publishedAt: '2024-10-20', lang: 'ko' });
const ko = packs.get('ko')!;

test('particles are cut off words, listed names stay whole', () => {
  const doc = segment('북한이 러시아에 파병했다. 김정은은 말했다.', ko.text);
  assert.deepEqual(doc.tokens.map((t) => t.text), ['북한', '이', '러시아', '에', '파병했다', '.', '김정은', '은', '말했다', '.']);
});

test('country names with their particles cut off', () => {
  const codes = new Set(analysis.entities.filter((e) => e.type === 'country').map((e) => e.country));
  for (const c of ['PRK', 'RUS', 'UKR']) assert.ok(codes.has(c), `${c} among ${[...codes].join(', ')}`);
});

test('dates written 2024년 6월 19일, 지난주 화요일 and 다음 달', () => {
  const values = new Map(analysis.times.map((t) => [t.text, t.value]));
  assert.equal(values.get('2024년 6월 19일'), '2024-06-19');
  assert.equal(values.get('지난주 화요일'), '2024-10-15');
  assert.equal(values.get('다음 달'), '2024-11');
});

test('numbers written 3천 명', () => {
  const values = analysis.quantities.map((q) => q.value);
  assert.ok(values.includes(3000), `3천 among ${values.join(', ')}`);
});

test('troops sent: the subject marked by 이, the recipient by 에', () => {
  const sent = analysis.events.find((e) => e.trigger.text === '파병했다고');
  assert.equal(sent?.type, 'AID');
  assert.ok(sent.actors.some((a) => a.country === 'PRK'));
  assert.ok(sent.recipients.some((a) => a.country === 'RUS'));
});

test('an attack on the country marked by 를, dated by its sentence', () => {
  const attack = analysis.events.find((e) => e.trigger.text === '공격했다');
  assert.equal(attack?.type, 'ASSAULT');
  assert.ok(attack.actors.some((a) => a.actorCode === 'RUSMIL'));
  assert.ok(attack.recipients.some((a) => a.country === 'UKR'));
  assert.equal(attack.time?.start, '2024-06-19');
});
