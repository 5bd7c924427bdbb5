// An analyzer for the PETRARCH unit tests: the English pack extended with the fictional actors, agents and
// verbs of the PETR.Validate dictionaries, through src/lang/petrarch once it exists.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Analyzer } from '../../pipeline/analyze.ts';
import type { Event } from '../../schema/analysis.ts';
import { loadPipeline } from '../pipeline.ts';
import type { LanguagePack } from '../../lang/types.ts';
import { importOptional } from '../optional.ts';

interface PetrarchModule {
  extendPackWithPetrarch(pack: LanguagePack, files: { actors?: string; agents?: string; verbs?: string }): LanguagePack;
}

const PETRARCH_URL = new URL('../../lang/petrarch/index.ts', import.meta.url);

/** Dictionaries named PETR.Validate.{actors,agents,verbs}.txt in `dir`, those present. */
export function validateDictionaries(dir: string): { actors?: string; agents?: string; verbs?: string } {
  const out: { actors?: string; agents?: string; verbs?: string } = {};
  for (const kind of ['actors', 'agents', 'verbs'] as const) {
    const path = join(dir, `PETR.Validate.${kind}.txt`);
    if (existsSync(path)) out[kind] = path;
  }
  return out;
}

/**
 * An event as PETRARCH codes it: one event per source–target pair ("Arnor and Gondor welcomed …" is two), a
 * participant never its own target. Sumber keeps co-ordinated participants in one event; the unit-test gold
 * lists each pair, so each is scored as one.
 */
export function dyads(e: Event): Event[] {
  const actors = e.actors.length ? e.actors.map((a) => [a]) : [[]];
  const recipients = e.recipients.length ? e.recipients.map((r) => [r]) : [[]];
  const out = actors.flatMap((a) =>
    recipients.filter((r) => !(a[0] && r[0] && a[0].entityId === r[0].entityId)).map((r) => ({ ...e, actors: a, recipients: r })),
  );
  return out.length ? out : [e];
}

function dyadic(analyzer: Analyzer): Analyzer {
  return {
    analyze(input) {
      const analysis = analyzer.analyze(input);
      return { ...analysis, events: analysis.events.flatMap(dyads) };
    },
  };
}

export async function petrarchAnalyzer(dictionaryDir: string, fallback: Analyzer): Promise<{ analyzer: Analyzer; note: string }> {
  const { createAnalyzer, packs, problem } = await loadPipeline();
  if (problem) return { analyzer: fallback, note: problem };
  const m = await importOptional<Partial<PetrarchModule>>(PETRARCH_URL);
  if (!m.module || typeof m.module.extendPackWithPetrarch !== 'function') {
    return { analyzer: fallback, note: `shipped packs only: ${m.problem ?? 'src/lang/petrarch has no extendPackWithPetrarch yet'}` };
  }
  const files = validateDictionaries(dictionaryDir);
  let en: LanguagePack;
  try {
    en = m.module.extendPackWithPetrarch(packs.get('en')!, files);
  } catch (e) {
    return { analyzer: fallback, note: `shipped packs only: extending with ${dictionaryDir} failed: ${(e as Error).message}` };
  }
  const analyzer = dyadic(await createAnalyzer({ packs: new Map([...packs, ['en', en]]) }));
  return {
    analyzer,
    note: `English pack extended with ${Object.keys(files).join(', ') || 'no'} dictionaries from ${dictionaryDir}; events split into source–target pairs as PETRARCH codes them`,
  };
}
