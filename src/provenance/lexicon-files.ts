// Reads a pack's provenance data files: provenance-cues.tsv and author-prefixes.txt beside the pack module.
import { packFile, readList, readTable } from '../lang/load.ts';
import type { ProvenanceLexicon } from './lexicon.ts';

const RELATIONS = ['translation', 'republication'];

export function loadProvenanceLexicon(moduleUrl: string): ProvenanceLexicon {
  const cues = readTable(packFile(moduleUrl, 'provenance-cues.tsv')).map(([phrase, relation]) => {
    if (!RELATIONS.includes(relation!)) throw new Error(`provenance-cues.tsv: relation '${relation}' is not one of ${RELATIONS.join(', ')}`);
    return { phrase: phrase!, relation };
  });
  return {
    originalCues: cues.map((c) => c.phrase).sort((a, b) => b.length - a.length),
    translationCues: new Set(cues.filter((c) => c.relation === 'translation').map((c) => c.phrase)),
    authorPrefixes: new Set(readList(packFile(moduleUrl, 'author-prefixes.txt')).map((w) => w.toLowerCase())),
  };
}
