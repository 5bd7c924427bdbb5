// A language pack extended with PETRARCH dictionaries: actors and agents go to the entity lexicon, verbs to
// the event lexicon (ahead of the pack's own senses of the same lemmas: a user's dictionary is meant to win).
import { readFileSync } from 'node:fs';
import { InputError } from '../../errors.ts';
import { mergeVerbs } from '../../events/lexicon-files.ts';
import type { LanguagePack } from '../types.ts';
import { parsePetrarchActors } from './actors.ts';
import { parsePetrarchAgents } from './agents.ts';
import { parsePetrarchVerbs } from './verbs.ts';

export { parsePetrarchActors, parsePetrarchAgents, parsePetrarchVerbs };

export interface PetrarchFiles {
  actors?: string | string[];
  agents?: string | string[];
  verbs?: string | string[];
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(path, `cannot read PETRARCH dictionary: ${(e as Error).message}`);
  }
}

const list = (x: string | string[] | undefined) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** A new pack: `pack` with the actors, agents and verbs of the given dictionary files added. */
export function extendPackWithPetrarch(pack: LanguagePack, files: PetrarchFiles): LanguagePack {
  const actors = list(files.actors).flatMap((f) => parsePetrarchActors(read(f)));
  const agents = list(files.agents).flatMap((f) => parsePetrarchAgents(read(f)));
  const verbs = list(files.verbs).flatMap((f) => parsePetrarchVerbs(read(f)));
  return {
    ...pack,
    entities: {
      ...pack.entities,
      actors: [...pack.entities.actors, ...actors],
      agents: [...pack.entities.agents, ...agents],
    },
    events: verbs.length ? { ...pack.events, verbs: mergeVerbs([verbs, pack.events.verbs]) } : pack.events,
  };
}
