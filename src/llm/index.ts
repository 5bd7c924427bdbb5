// The optional LLM pass after the rule pipeline: it may add entity mentions and events the rules missed,
// each with verbatim evidence, and never removes or changes rule output. Any failure of the endpoint
// leaves the rule analysis as it was, with a one-line warning.
import { Analysis } from '../schema/analysis.ts';
import { chatCompletion, completionsUrl, LlmError, type ChatEndpoint } from './client.ts';
import { buildMessages } from './prompt.ts';
import { readReply, type LlmReply } from './reply.ts';
import { groundReply, type GroundingReport } from './ground.ts';

export interface LlmConfig {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
  maxSentencesPerCall?: number;
  /** Told each one-line warning; by default they go to standard error. */
  onWarning?: (line: string) => void;
}

export interface LlmAugmentation {
  analysis: Analysis;
  /** null when the endpoint gave no usable answer and the analysis is the rules' alone. */
  report: GroundingReport | null;
}

export interface LlmAugmenter {
  augment(analysis: Analysis): Promise<Analysis>;
  augmentWithReport(analysis: Analysis): Promise<LlmAugmentation>;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_SENTENCES_PER_CALL = 40;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function describeDrops(report: GroundingReport): string {
  return Object.entries(report.dropped)
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
}

export function createLlmAugmenter(config: LlmConfig): LlmAugmenter {
  const endpoint: ChatEndpoint = {
    baseUrl: config.baseUrl,
    model: config.model,
    apiKey: config.apiKey,
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  const perCall = Math.max(1, config.maxSentencesPerCall ?? DEFAULT_SENTENCES_PER_CALL);
  const warn = config.onWarning ?? ((line: string) => process.stderr.write(`sumber: ${line}\n`));
  const backend = `llm:${config.model}`;

  async function ask(analysis: Analysis): Promise<LlmReply> {
    const all: LlmReply = { mentions: [], events: [], malformed: 0 };
    for (const batch of chunks(analysis.sentences, perCall)) {
      const content = await chatCompletion(endpoint, buildMessages(analysis, batch));
      const reply = readReply(content);
      if (!reply) throw new LlmError(`${completionsUrl(endpoint.baseUrl)} answered with no JSON object`);
      all.mentions.push(...reply.mentions);
      all.events.push(...reply.events);
      all.malformed += reply.malformed;
    }
    return all;
  }

  async function augmentWithReport(analysis: Analysis): Promise<LlmAugmentation> {
    if (analysis.sentences.length === 0) return { analysis, report: null };
    const skip = (why: string): LlmAugmentation => {
      warn(`llm (${config.model}) skipped, rule analysis kept: ${why}`);
      return { analysis, report: null };
    };
    let grounded: LlmAugmentation & { report: GroundingReport };
    try {
      grounded = groundReply(analysis, await ask(analysis));
    } catch (e) {
      // The optional pass must never fail the analysis, whatever went wrong in it.
      return skip(e instanceof LlmError ? e.message : `internal error: ${(e as Error).message}`);
    }
    grounded.analysis.analyzer.backends.push(backend);
    const checked = Analysis.safeParse(grounded.analysis);
    if (!checked.success) return skip(`the augmented analysis broke the schema (${checked.error.issues[0]?.message})`);
    const drops = describeDrops(grounded.report);
    if (drops) warn(`llm (${config.model}) added ${grounded.report.mentionsAdded} mentions, ${grounded.report.eventsAdded} events; dropped ${drops}`);
    return grounded;
  }

  return {
    augmentWithReport,
    augment: async (analysis) => (await augmentWithReport(analysis)).analysis,
  };
}
