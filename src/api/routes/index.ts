// Every route of the API, in one list: registration, the OpenAPI document and the role tests read it.
import type { Route } from '../route.ts';
import type { ApiIngestor } from '../ingest.ts';
import { sessionRoutes } from './session.ts';
import { articleRoutes } from './articles.ts';
import { eventRoutes } from './events.ts';
import { browseRoutes } from './browse.ts';
import { adminRoutes } from './admin.ts';
import { storyRoutes } from './stories.ts';
import { jobRoutes } from './jobs.ts';

export function apiRoutes(ingestor: ApiIngestor): Route[] {
  return [...sessionRoutes, ...articleRoutes(ingestor), ...eventRoutes, ...browseRoutes, ...storyRoutes, ...jobRoutes, ...adminRoutes] as Route[];
}
