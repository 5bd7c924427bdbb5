// The analysis pipeline, loaded at run time: a colleague's half-saved stage must not stop the harness.
// When it does not load, every analysis "throws" the load error, so each task scores 0 and says why.
import type { Analyzer, AnalyzerOptions } from '../pipeline/analyze.ts';
import type { LanguagePack } from '../lang/types.ts';
import { importOptional } from './optional.ts';

export interface Pipeline {
  createAnalyzer(options?: AnalyzerOptions): Promise<Analyzer>;
  packs: ReadonlyMap<string, LanguagePack>;
  /** Why the pipeline is not there, or null. */
  problem: string | null;
}

function unavailable(problem: string): Analyzer {
  return {
    analyze() {
      throw new Error(problem);
    },
  };
}

let loaded: Promise<Pipeline> | null = null;

export function loadPipeline(): Promise<Pipeline> {
  loaded ??= (async () => {
    const analyze = await importOptional<typeof import('../pipeline/analyze.ts')>(new URL('../pipeline/analyze.ts', import.meta.url));
    const lang = await importOptional<typeof import('../lang/index.ts')>(new URL('../lang/index.ts', import.meta.url));
    if (analyze.module && lang.module) {
      const { createAnalyzer } = analyze.module;
      return { createAnalyzer: (o) => createAnalyzer(o), packs: lang.module.packs, problem: null };
    }
    const problem = `the analysis pipeline failed to load: ${analyze.problem ?? lang.problem}`;
    return { createAnalyzer: async () => unavailable(problem), packs: new Map(), problem };
  })();
  return loaded;
}

/** An analyzer with the shipped packs, or one whose every call fails with the load problem. */
export async function defaultAnalyzer(): Promise<Analyzer> {
  return (await loadPipeline()).createAnalyzer();
}
