// What every view gets: the route, the signed-in user, and navigation.
import type { SessionUser } from './api.ts';
import type { Route } from './route.ts';

export interface Ctx {
  route: Route;
  user: SessionUser | null;
  /** Navigates to a hash route. */
  go(hash: string): void;
  /** Re-reads the session (after sign-in or sign-out) and re-renders. */
  refreshUser(): Promise<void>;
}

export type View = (ctx: Ctx) => Promise<Node> | Node;

/** Analysts and admins may review and ingest; viewers only read. */
export function canEdit(user: SessionUser | null): boolean {
  return user?.role === 'analyst' || user?.role === 'admin';
}
