import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCountriesIn } from './world-names.ts';

const whole = (text: string) => [{ start: 0, end: text.length, index: 0 }];

test('a Chinese or Korean article names countries in its own words: the same country ids as every other language', () => {
  const zh = '韩国国家情报院表示，朝鲜已决定向俄罗斯派遣约1.2万名士兵。';
  assert.deepEqual(findCountriesIn(zh, whole(zh), 'zh').entities.map((e) => e.id), ['country:KOR', 'country:PRK', 'country:RUS']);
  const ko = '국가정보원은 북한이 러시아에 특수부대를 보냈다고 밝혔다.';
  const found = findCountriesIn(ko, whole(ko), 'ko');
  assert.deepEqual(found.entities.map((e) => e.id), ['country:PRK', 'country:RUS']);
  for (const m of found.mentions) assert.equal(ko.slice(m.start, m.end), m.text);
});

test('in a spaced script a name stands as a whole word; spans already found are left alone', () => {
  const fr = 'La Russie et la Corée du Nord; les Russiens ne sont pas un peuple.';
  assert.deepEqual(findCountriesIn(fr, whole(fr), 'fr').mentions.map((m) => m.text), ['Russie', 'Corée du Nord']);
  assert.deepEqual(findCountriesIn(fr, whole(fr), 'fr', [{ start: 3, end: 9 }]).mentions.map((m) => m.text), ['Corée du Nord']);
});
