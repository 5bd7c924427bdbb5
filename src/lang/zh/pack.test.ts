// The Chinese pack read end to end on a short news text: words cut without spaces, Traditional characters
// read as Simplified, dates and numbers written the Chinese way, a quote in 「」 with its speaker, and events
// whose participants stand before the verb after a coverb (向, 对).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../pipeline/analyze.ts';
import { segment } from '../../text/segment.ts';
import { packs } from '../index.ts';

const TEXT = `据韩联社10月18日报道，朝鲜已向俄罗斯派遣约1.2万名士兵。
乌克兰总统泽连斯基说：「我们需要更多的武器和援助。」
北韓軍隊上週二抵達俄羅斯，預計下個月還有3千名士兵。
2024年6月19日，俄罗斯军队对乌克兰发动了导弹袭击。`;

const analyzer = await createAnalyzer();
const analysis = analyzer.analyze({ text: TEXT, publishedAt: '2024-10-20', lang: 'zh' });
const zh = packs.get('zh')!;

test('the Chinese pack loads like the others', () => {
  assert.equal(zh.name, 'Chinese');
  assert.ok(zh.events.verbs.length > 50);
});

test('words are cut without spaces, a number apart from the scale and classifier after it', () => {
  const doc = segment('朝鲜已向俄罗斯派遣约1.2万名士兵。', zh.text);
  assert.deepEqual(doc.tokens.map((t) => t.text), ['朝鲜', '已', '向', '俄罗斯', '派遣', '约', '1.2', '万', '名', '士兵', '。']);
});

test('Traditional characters are looked up in their Simplified form; offsets stay those of the text', () => {
  const doc = segment('北韓軍隊抵達庫爾斯克。', zh.text);
  assert.deepEqual(doc.lower, ['北韩', '军队', '抵达', '库尔斯克', '.']);
  assert.equal(doc.text.slice(doc.tokens[2]!.start, doc.tokens[2]!.end), '抵達');
});

test('country names in Simplified and Traditional characters', () => {
  const codes = new Set(analysis.entities.filter((e) => e.type === 'country').map((e) => e.country));
  for (const c of ['PRK', 'RUS', 'UKR']) assert.ok(codes.has(c), `${c} among ${[...codes].join(', ')}`);
});

test('dates written 10月18日, 2024年6月19日, 上週二 and 下個月', () => {
  const values = new Map(analysis.times.map((t) => [t.text, t.value]));
  assert.equal(values.get('10月18日'), '2024-10-18');
  assert.equal(values.get('2024年6月19日'), '2024-06-19');
  assert.equal(values.get('上週二'), '2024-10-15');
  assert.equal(values.get('下個月'), '2024-11');
});

test('numbers written 1.2万 and 3千, with the counted soldiers', () => {
  const values = analysis.quantities.map((q) => q.value);
  assert.ok(values.includes(12000), `1.2万 among ${values.join(', ')}`);
  assert.ok(values.includes(3000), `3千 among ${values.join(', ')}`);
});

test('a quote in 「」 with its speaker before 说', () => {
  const quote = analysis.quotes.find((q) => q.content.text.includes('我们需要更多的武器'));
  assert.equal(quote?.speaker?.text, '泽连斯基');
});

test('sending troops to Russia: the recipient after 向, the sender before it', () => {
  const sent = analysis.events.find((e) => e.trigger.text === '派遣');
  assert.equal(sent?.type, 'AID');
  assert.ok(sent.actors.some((a) => a.country === 'PRK'));
  assert.ok(sent.recipients.some((a) => a.country === 'RUS'));
});

test('an attack after 对, dated by the date that opens its sentence', () => {
  const attack = analysis.events.find((e) => e.trigger.text === '袭击');
  assert.equal(attack?.type, 'ASSAULT');
  assert.ok(attack.actors.some((a) => a.actorCode === 'RUSMIL'));
  assert.ok(attack.recipients.some((a) => a.country === 'UKR'));
  assert.equal(attack.time?.start, '2024-06-19');
});

test('Traditional text gives the same events: troops that arrive are sent', () => {
  const arrived = analysis.events.find((e) => e.trigger.text === '抵達');
  assert.equal(arrived?.type, 'AID');
  assert.ok(arrived.actors.some((a) => a.actorCode === 'PRKMIL'));
});
