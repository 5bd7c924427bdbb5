// Human labels for the schema's enums. Typed as Record<enum, …> so the compiler flags any value the
// schema adds; the dashboard takes its option lists from here without bundling zod.
import type { PloverType, Stage } from '../schema/analysis.ts';
import type { ReviewStatus } from '../store/records.ts';
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

export const STAGES: Record<Stage, string> = {
  planned: 'planned',
  expected: 'expected',
  announced: 'announced',
  begun: 'begun',
  ongoing: 'ongoing',
  completed: 'completed',
  historical: 'historical',
};

export const REVIEW: Record<ReviewStatus | 'unreviewed', string> = {
  unreviewed: 'not reviewed',
  accepted: 'accepted',
  corrected: 'corrected',
  rejected: 'rejected',
};

export const ploverTypes = Object.keys(PLOVER) as PloverType[];
export const stages = Object.keys(STAGES) as Stage[];
export const reviewStatuses = Object.keys(REVIEW) as (ReviewStatus | 'unreviewed')[];

export const EXPORTS: Record<ExportFormat, string> = {
  csv: 'CSV',
  jsonl: 'JSONL',
  acled: 'ACLED-style CSV',
  gdelt: 'GDELT events',
  'gdelt-mentions': 'GDELT mentions',
};
