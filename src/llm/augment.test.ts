import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Analysis } from '../schema/analysis.ts';
import { createLlmAugmenter, type LlmConfig } from './index.ts';
import { chatAnswer, ruleAnalysis, startFakeEndpoint, type Answer } from './test-fixtures.ts';

const GOOD_REPLY = JSON.stringify({
  mentions: [{ sentence: 1, text: 'Kim Jong Un', type: 'person', name: 'Kim Jong Un', country: 'PRK' }],
  events: [
    {
      sentence: 1,
      trigger: 'met',
      type: 'CONSULT',
      cameo: '040',
      mode: null,
      actors: ['Kim Jong Un'],
      recipients: ['Vladimir Putin'],
      stage: 'completed',
      polarity: 'asserted',
      certainty: 'certain',
      threat: false,
      conditional: false,
      hypothetical: false,
      cues: [],
    },
  ],
});

/** Runs one augmentation against a fake endpoint answering with `answer`. */
async function augmentWith(answer: Answer, config: Partial<LlmConfig> = {}) {
  const endpoint = await startFakeEndpoint(answer);
  const warnings: string[] = [];
  try {
    const augmenter = createLlmAugmenter({ baseUrl: endpoint.baseUrl, model: 'test-model', timeoutMs: 2000, onWarning: (w) => warnings.push(w), ...config });
    const input = ruleAnalysis();
    const result = await augmenter.augmentWithReport(input);
    return { input, ...result, warnings, requests: endpoint.requests };
  } finally {
    await endpoint.close();
  }
}

function assertUnchangedWithOneWarning(run: Awaited<ReturnType<typeof augmentWith>>, mentionsInWarning: RegExp): void {
  assert.deepEqual(run.analysis, ruleAnalysis());
  assert.equal(run.report, null);
  assert.equal(run.warnings.length, 1);
  assert.match(run.warnings[0]!, mentionsInWarning);
  assert.doesNotMatch(run.warnings[0]!, /\n/);
}

test('a good reply adds the missed mention and event with exact evidence, keeping every rule item', async () => {
  const run = await augmentWith(chatAnswer(GOOD_REPLY));
  const a = Analysis.parse(run.analysis);
  const rules = ruleAnalysis();
  assert.deepEqual(a.mentions.slice(0, rules.mentions.length), rules.mentions);
  assert.deepEqual(a.analyzer.backends, ['rules', 'llm:test-model']);

  const kim = a.mentions.find((m) => m.source === 'llm');
  assert.ok(kim);
  assert.equal(kim.id, 'm5');
  assert.equal(a.text.slice(kim.start, kim.end), 'Kim Jong Un');
  assert.equal(kim.sentence, 1);
  assert.ok(kim.confidence < 0.9);
  assert.deepEqual(a.entities.find((e) => e.id === kim.entityId)?.mentionIds, ['m5']);

  assert.equal(a.events.length, 1);
  const ev = a.events[0]!;
  assert.equal(ev.type, 'CONSULT');
  assert.equal(ev.cameo.code, '040');
  assert.equal(a.text.slice(ev.trigger.start, ev.trigger.end), 'met');
  assert.deepEqual(ev.actors.map((p) => p.mentionId), ['m5']);
  assert.deepEqual(ev.recipients.map((p) => [p.mentionId, p.actorCode]), [['m3', 'RUSGOV']]);
  assert.deepEqual(ev.attribution.chain.map((l) => l.name), ['Example News']);
  assert.deepEqual(run.report, { mentionsAdded: 1, eventsAdded: 1, dropped: {} });
  assert.deepEqual(run.warnings, []);
});

test('a reply in a code fence with prose around it is still read', async () => {
  const run = await augmentWith(chatAnswer('Here you are:\n```json\n' + GOOD_REPLY + '\n```'));
  assert.equal(run.report?.eventsAdded, 1);
});

test('items whose quoted text is not in the named sentence are dropped and counted', async () => {
  const reply = JSON.stringify({
    mentions: [
      { sentence: 1, text: 'Kim Jong-un', type: 'person', name: 'Kim Jong Un' },
      { sentence: 0, text: 'Kim Jong Un', type: 'person' },
    ],
    events: [{ sentence: 1, trigger: 'visited', type: 'CONSULT', cameo: '042', actors: ['Vladimir Putin'] }],
  });
  const run = await augmentWith(chatAnswer(reply));
  assert.deepEqual(run.analysis.mentions, ruleAnalysis().mentions);
  assert.deepEqual(run.analysis.events, []);
  assert.deepEqual(run.report?.dropped, { 'span-not-found': 3 });
  assert.match(run.warnings.join('\n'), /dropped 3 span-not-found/);
});

test('an event whose CAMEO code belongs to another PLOVER type, or without a known actor, is dropped', async () => {
  const reply = JSON.stringify({
    events: [
      { sentence: 1, trigger: 'met', type: 'ASSAULT', cameo: '040', actors: ['Vladimir Putin'] },
      { sentence: 1, trigger: 'met', type: 'CONSULT', cameo: '040', actors: ['Wednesday'] },
    ],
  });
  const run = await augmentWith(chatAnswer(reply));
  assert.deepEqual(run.analysis.events, []);
  assert.deepEqual(run.report?.dropped, { 'cameo-mismatch': 1, 'not-a-mention': 1, 'no-actor': 1 });
});

test('a mention on or across text the rules already read as a mention is not added', async () => {
  const reply = JSON.stringify({
    mentions: [
      { sentence: 0, text: 'Russia', type: 'country', country: 'RUS' },
      { sentence: 1, text: 'Putin in Pyongyang', type: 'person' },
    ],
  });
  const run = await augmentWith(chatAnswer(reply));
  assert.deepEqual(run.analysis.mentions, ruleAnalysis().mentions);
  assert.deepEqual(run.report?.dropped, { duplicate: 2 });
});

test('a reply with no JSON object leaves the analysis unchanged with a warning', async () => {
  const run = await augmentWith(chatAnswer('I found Kim Jong Un meeting Putin.'));
  assertUnchangedWithOneWarning(run, /no JSON object/);
});

test('an HTTP 500 is retried once, then the analysis is left unchanged with a warning', async () => {
  const run = await augmentWith((res) => res.writeHead(500).end('model crashed'));
  assertUnchangedWithOneWarning(run, /HTTP 500: model crashed/);
  assert.equal(run.requests.length, 2);
});

test('a server that never answers times out and leaves the analysis unchanged with a warning', async () => {
  // Long enough for a loaded machine to deliver the request before the client gives up on the answer.
  const run = await augmentWith(() => {}, { timeoutMs: 1500 });
  assertUnchangedWithOneWarning(run, /did not answer within 1500 ms/);
  assert.equal(run.requests.length, 1);
});

test('an endpoint that is down leaves the analysis unchanged with a warning', async () => {
  const endpoint = await startFakeEndpoint(chatAnswer(GOOD_REPLY));
  await endpoint.close();
  const warnings: string[] = [];
  const augmenter = createLlmAugmenter({ baseUrl: endpoint.baseUrl, model: 'm', onWarning: (w) => warnings.push(w) });
  assert.deepEqual(await augmenter.augment(ruleAnalysis()), ruleAnalysis());
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /unreachable/);
});

test('a server refusing response_format is asked once more without it', async () => {
  const run = await augmentWith((res, req) => (req.body.response_format ? res.writeHead(400).end('unknown field') : chatAnswer(GOOD_REPLY)(res, req)));
  assert.equal(run.requests.length, 2);
  assert.equal(run.report?.eventsAdded, 1);
});

test('the request names the model, carries the numbered sentences, and sends a key only when one is set', async () => {
  const without = await augmentWith(chatAnswer('{}'));
  const [req] = without.requests;
  assert.equal(req?.url, '/v1/chat/completions');
  assert.equal(req?.body.model, 'test-model');
  assert.deepEqual(req?.body.response_format, { type: 'json_object' });
  const user = req?.body.messages.find((m) => m.role === 'user')?.content ?? '';
  assert.match(user, /\[0\] Russia and North Korea signed a defence pact\./);
  assert.match(user, /\[1\] Kim Jong Un met Vladimir Putin in Pyongyang on Wednesday\./);
  assert.equal(req?.headers.authorization, undefined);

  const withKey = await augmentWith(chatAnswer('{}'), { apiKey: 'sekret' });
  assert.equal(withKey.requests[0]?.headers.authorization, 'Bearer sekret');
});

test('long articles are sent in batches of at most maxSentencesPerCall sentences', async () => {
  const run = await augmentWith(chatAnswer(GOOD_REPLY), { maxSentencesPerCall: 1 });
  assert.equal(run.requests.length, 2);
  assert.doesNotMatch(run.requests[0]!.body.messages[1]!.content, /\[1\]/);
  assert.match(run.requests[1]!.body.messages[1]!.content, /\[1\] Kim/);
});
