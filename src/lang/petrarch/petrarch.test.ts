import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extendPackWithPetrarch, parsePetrarchActors, parsePetrarchAgents, parsePetrarchVerbs } from './index.ts';
import { textForm } from './dictionary-lines.ts';
import { packs } from '../index.ts';
import { InputError } from '../../errors.ts';

const ACTORS = `<!-- a comment line -->
ARNOR [ARN]
GONDOR_ [GON]
+MINAS_TIRITH_
VLADIMIR_PUTIN_  # CountryInfo.txt
+PRESIDENT_PUTIN_
\t[RUSGOV 991231-080507]
\t[RUSGOV >080508]
UN_SECURITY_COUNCIL [IGOUNO] # comment
`;

const AGENTS = `!PERSON! = MAN, WOMAN
FOREIGN_MINISTER [~GOVFRM] # jap
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
CONGRESS!PERSON! [~LEG]
`;

const VERBS = `&WEAPON
+MISSILE
+ROCKET_LAUNCHER

--- SEND  [---] ---
SEND {SENT SENDING}
DISPATCH [0872]
- * &WEAPON  [072]  # SEND
- * {HUMANITARIAN AID} (TO)  [073]
- $ * + [---]

--- LEAVE [032:033] ---
LEAVE {LEFT}
`;

test('actors: names with synonyms, one entry per dated code, YYMMDD dates to ISO', () => {
  const actors = parsePetrarchActors(ACTORS);
  assert.deepEqual(actors.find((a) => a.code === 'ARN'), { names: ['Arnor'], code: 'ARN' });
  assert.deepEqual(actors.find((a) => a.code === 'GON')?.names, ['Gondor', 'Minas Tirith']);
  const putin = actors.filter((a) => a.names.includes('Vladimir Putin'));
  assert.deepEqual(putin.map((a) => [a.code, a.validFrom, a.validTo]), [
    ['RUSGOV', '1999-12-31', '2008-05-07'],
    ['RUSGOV', '2008-05-08', undefined],
  ]);
  assert.deepEqual(putin[0]!.names, ['Vladimir Putin', 'President Putin']);
  assert.deepEqual(actors.find((a) => a.code === 'IGOUNO')?.names, ['UN Security Council']);
});

test('dictionary phrases are written as in text: capitalised, abbreviations in capitals, function words lower', () => {
  assert.equal(textForm('MINISTRY_OF_DEFENSE_'), 'Ministry of Defense');
  assert.equal(textForm('BBC'), 'BBC');
  assert.equal(textForm('AL-QAEDA'), 'Al-Qaeda');
});

test('agents: sector without the ~, plurals, and !PERSON! substitutions', () => {
  const agents = parsePetrarchAgents(AGENTS);
  assert.deepEqual(agents.find((a) => a.sector === 'GOVFRM')?.words, ['foreign minister']);
  assert.deepEqual(agents.find((a) => a.sector === 'GOV')?.words, ['attorney general', 'attorneys general']);
  assert.deepEqual(agents.find((a) => a.sector === 'LEG')?.words, ['congressman', 'congresswoman']);
});

test('verbs: own codes, block codes, pattern objects with synsets expanded, first of paired codes', () => {
  const verbs = parsePetrarchVerbs(VERBS);
  const weapon = verbs.find((v) => v.cameo === '072')!;
  assert.deepEqual(weapon.lemmas, [['send'], ['dispatch']]);
  assert.deepEqual(weapon.objects, [['missile'], ['rocket', 'launcher']]);
  assert.deepEqual(weapon.forms, [['sent'], ['sending']]);
  assert.deepEqual(verbs.find((v) => v.cameo === '073')?.objects, [['humanitarian', 'aid', 'to']]);
  assert.equal(verbs.find((v) => v.lemmas[0]![0] === 'dispatch' && v.objects.length === 0)?.cameo, '0872');
  assert.equal(verbs.find((v) => v.lemmas[0]![0] === 'send' && v.objects.length === 0)?.cameo, '---');
  const leave = verbs.find((v) => v.lemmas[0]![0] === 'leave');
  assert.deepEqual([leave?.cameo, leave?.reverseCameo], ['032', '033']);
});

test('extendPackWithPetrarch reads the files into a new pack and leaves the original alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'petrarch-'));
  const file = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const en = packs.get('en')!;
  const extended = extendPackWithPetrarch(en, { actors: [file('a.txt', ACTORS)], agents: file('g.txt', AGENTS), verbs: [file('v.txt', VERBS)] });
  assert.ok(extended.entities.actors.some((a) => a.code === 'ARN'));
  assert.ok(!en.entities.actors.some((a) => a.code === 'ARN'));
  assert.ok(extended.entities.agents.some((a) => a.sector === 'GOVFRM'));
  const dispatch = extended.events.verbs.filter((v) => v.lemmas.some((l) => l[0] === 'dispatch'));
  assert.ok(dispatch.some((v) => v.cameo === '0872' && v.tier === 0), 'the dictionary sense of a lemma comes first');
  assert.ok(!dispatch.some((v) => v.tier >= 100 && v.objects.length === 0), "the pack's own bare senses of that lemma give way");
  assert.ok(dispatch.some((v) => v.tier >= 100 && v.objects.length > 0), "the pack's senses with objects stay, after");
  assert.equal(extended.events.modality, en.events.modality);
});

test('a missing dictionary file is an input error naming the file', () => {
  assert.throws(() => extendPackWithPetrarch(packs.get('en')!, { verbs: '/nonexistent/verbs.txt' }), (e: unknown) => e instanceof InputError && e.input === '/nonexistent/verbs.txt');
});
