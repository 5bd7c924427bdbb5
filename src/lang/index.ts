// Every shipped language pack, read at once: for tests, evaluation and tools that use them all. The pipeline
// reads a pack only when a text needs it (registry.ts).
import type { LanguagePack } from './types.ts';
import { loadPack, packCodes } from './registry.ts';

export const packs: ReadonlyMap<string, LanguagePack> = new Map(
  (await Promise.all([...packCodes].map(loadPack))).map((p) => [p.code, p]),
);
