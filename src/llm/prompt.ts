// The request: the task and the answer's shape described compactly (enums taken from the analysis schema),
// then the numbered sentences with what the rules already found in them, so the model adds only the rest.
import { EntityType, PloverType, Stage } from '../schema/analysis.ts';
import type { Analysis, Sentence } from '../schema/analysis.ts';
import type { ChatMessage } from './client.ts';

const SYSTEM = [
  'You extract political events and the entities taking part in them from news sentences.',
  'Answer with one JSON object and nothing else:',
  '{"mentions":[{"sentence":<n>,"text":"<exact words>","type":"<entity type>","name":"<canonical English name>","country":"<ISO alpha-3 or null>"}],',
  ' "events":[{"sentence":<n>,"trigger":"<exact words>","type":"<PLOVER type>","cameo":"<CAMEO code as a string, e.g. \\"0234\\">","mode":"<PLOVER mode or null>",',
  '   "actors":["<exact words of the actor>"],"recipients":["<exact words>"],',
  '   "stage":"<stage>","polarity":"asserted|negated","certainty":"certain|probable|possible",',
  '   "threat":false,"conditional":false,"hypothetical":false,"cues":["<exact words that set stage or certainty>"]}]}',
  `Entity types: ${EntityType.options.join(', ')}.`,
  `PLOVER types: ${PloverType.options.join(', ')}. The CAMEO code must belong to the PLOVER type.`,
  `Stages: ${Stage.options.join(', ')}.`,
  'Rules: every "text", "trigger", actor, recipient and cue must be copied character for character from sentence <n>,',
  'in the language of the article. Each actor and recipient must be an entity already listed for that sentence or one',
  'you add under "mentions". Add only what is missing from the lists given; never repeat them. If nothing is missing,',
  'answer {"mentions":[],"events":[]}.',
].join('\n');

function describeSentence(analysis: Analysis, sentence: Sentence): string {
  const mentions = analysis.mentions.filter((m) => m.sentence === sentence.index).map((m) => `"${m.text}" (${m.type})`);
  const events = analysis.events
    .filter((e) => e.sentence === sentence.index)
    .map((e) => `${e.type} "${e.trigger.text}" by ${e.actors.map((a) => `"${a.text}"`).join(', ')}`);
  return [
    `[${sentence.index}] ${sentence.text}`,
    mentions.length ? `    entities found: ${mentions.join('; ')}` : null,
    events.length ? `    events found: ${events.join('; ')}` : null,
  ]
    .filter((line) => line !== null)
    .join('\n');
}

export function buildMessages(analysis: Analysis, sentences: readonly Sentence[]): ChatMessage[] {
  const header = `Article language: ${analysis.lang.code}. Publication date: ${analysis.publishedAt}.`;
  const body = sentences.map((s) => describeSentence(analysis, s)).join('\n');
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: `${header}\nSentences:\n${body}` },
  ];
}
