// Human labels for the schema's enums. Typed as Record<enum, …> so the compiler flags any value the
// schema adds; the dashboard takes its option lists from here without bundling zod.
import type { PloverType, Polarity, Stage } from '../schema/analysis.ts';
import type { Certainty, ReviewStatus } from '../store/records.ts';
import type { ExportFormat } from '../export/index.ts';

export const PLOVER: Record<PloverType, string> = {
  AGREE: 'agree',
  CONSULT: 'consult',
  SUPPORT: 'support',
  CONCEDE: 'concede',
  COOPERATE: 'cooperate',
  AID: 'aid',
  RETREAT: 'retreat',
  REQUEST: 'request',
  ACCUSE: 'accuse',
  REJECT: 'reject',
  THREATEN: 'threaten',
  PROTEST: 'protest',
  SANCTION: 'sanction',
  MOBILIZE: 'mobilize',
  COERCE: 'coerce',
  ASSAULT: 'assault',
};

/** Each type's quad class (src/events/cameo.ts quadClassOf; a test keeps the two equal), for charts of counts by type. */
export const QUAD_OF_TYPE: Record<PloverType, 1 | 2 | 3 | 4> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3,
  PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

export const STAGES: Record<Stage, string> = {
  planned: 'planned',
  expected: 'expected',
  announced: 'announced',
  begun: 'begun',
  ongoing: 'ongoing',
  completed: 'completed',
  historical: 'historical',
};

export const POLARITY: Record<Polarity, string> = {
  asserted: 'asserted',
  negated: 'negated (did not happen)',
  denied: 'denied by a party',
};

export const CERTAINTY: Record<Certainty, string> = {
  certain: 'certain',
  probable: 'probable',
  possible: 'possible',
};

export const REVIEW: Record<ReviewStatus | 'unreviewed', string> = {
  unreviewed: 'not reviewed',
  accepted: 'accepted',
  corrected: 'corrected',
  rejected: 'rejected',
};

export const ploverTypes = Object.keys(PLOVER) as PloverType[];
export const stages = Object.keys(STAGES) as Stage[];
export const polarities = Object.keys(POLARITY) as Polarity[];
export const certainties = Object.keys(CERTAINTY) as Certainty[];
export const reviewStatuses = Object.keys(REVIEW) as (ReviewStatus | 'unreviewed')[];

export const EXPORTS: Record<ExportFormat, string> = {
  csv: 'CSV',
  jsonl: 'JSONL',
  acled: 'ACLED-style CSV',
  gdelt: 'GDELT events',
  'gdelt-mentions': 'GDELT mentions',
};
