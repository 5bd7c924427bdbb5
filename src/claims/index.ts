import type { Claim, Contradiction, Event, Quantity } from '../schema/analysis.ts';

export interface ClaimResult {
  claims: Claim[];
  contradictions: Contradiction[];
}

export function findClaims(_events: Event[], _quantities: Quantity[]): ClaimResult {
  return { claims: [], contradictions: [] };
}
