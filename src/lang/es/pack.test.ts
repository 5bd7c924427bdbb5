// The Spanish pack read end to end on a short news text: countries, a dated event with its actor and
// recipient, a quote with its speaker, numbers in Spanish format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../pipeline/analyze.ts';
import { packs } from '../index.ts';

const TEXT = `Las fuerzas rusas atacaron la ciudad ucraniana de Járkov el lunes.
«No vamos a ceder», dijo el presidente ucraniano Volodímir Zelenski.
Unos 10.000 soldados norcoreanos llegaron a la región de Kursk el 3 de octubre de 2024, con 1,5 millones de proyectiles.`;

const analysis = (await createAnalyzer()).analyze({ text: TEXT, publishedAt: '2024-10-09', lang: 'es' });

test('the Spanish pack loads like the others', () => {
  const es = packs.get('es');
  assert.equal(es?.name, 'Spanish');
  assert.ok(es.events.verbs.length > 1000, 'the derived UniversalPetrarch senses are read');
});

test('country names and demonyms in Spanish', () => {
  const codes = new Set(analysis.entities.filter((e) => e.type === 'country').map((e) => e.country));
  for (const c of ['RUS', 'UKR', 'PRK']) assert.ok(codes.has(c), `${c} among ${[...codes].join(', ')}`);
});

test('an attack dated by its weekday, with attacker and victim', () => {
  const attack = analysis.events.find((e) => e.trigger.text === 'atacaron');
  assert.ok(attack, 'the attack is found');
  assert.equal(attack.type, 'ASSAULT');
  assert.ok(attack.actors.some((a) => a.country === 'RUS'));
  assert.ok(attack.recipients.some((a) => a.country === 'UKR'));
  assert.equal(attack.time?.start, '2024-10-07');
});

test('a quote in «» with its speaker', () => {
  const quote = analysis.quotes.find((q) => q.content.text.includes('No vamos a ceder'));
  assert.equal(quote?.speaker?.text, 'Volodímir Zelenski');
});

test('numbers written 10.000 and 1,5 millones, and a date written 3 de octubre de 2024', () => {
  const values = analysis.quantities.map((q) => q.value);
  assert.ok(values.includes(10000), `10.000 among ${values.join(', ')}`);
  assert.ok(values.includes(1500000), `1,5 millones among ${values.join(', ')}`);
  assert.ok(analysis.times.some((t) => t.text === '3 de octubre de 2024' && t.value === '2024-10-03'));
});
