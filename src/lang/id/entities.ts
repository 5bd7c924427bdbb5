import type { EntityLexicon } from '../../entities/lexicon.ts';
import { readActors, readAgents, readCountries, readRegions, readTitles, worldActors } from '../../entities/lexicon-files.ts';
import { packFile, readList } from '../load.ts';

const file = (name: string) => packFile(import.meta.url, name);
const lowerSet = (name: string) => new Set(readList(file(name)).map((w) => w.toLowerCase()));

export const entities: EntityLexicon = {
  stopwords: lowerSet('stopwords.txt'),
  countryLocale: 'id',
  countries: readCountries(file('countries.tsv')),
  regions: readRegions(file('regions.tsv')),
  actors: [...worldActors(), ...readActors(file('actors.tsv'))],
  agents: readAgents(file('agents.tsv')),
  titles: readTitles(file('titles.tsv')),
  mediaCues: readList(file('media-cues.txt')),
  orgCues: readList(file('org-cues.txt')),
  regionCues: readList(file('region-cues.txt')),
  locatives: lowerSet('locatives.txt'),
  nameOpeners: lowerSet('name-openers.txt'),
  connectors: lowerSet('connectors.txt'),
  reportVerbs: lowerSet('report-verbs.txt'),
  model: new URL('../../entities/model/ner-id.json', import.meta.url),
};
