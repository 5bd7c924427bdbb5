// The bench sections, in the order they run. Colleagues add theirs here (ingest pages/s, API requests/s,
// story merging at scale); memory stays last so that its peak covers the others.
import type { BenchSection } from '../registry.ts';
import { startupSection } from './startup.ts';
import { cliSection } from './cli.ts';
import { corpusSection, languagesSection, sampleSection } from './analysis.ts';
import { stagesSection } from './stages.ts';
import { memorySection } from './memory.ts';
import { apiSection } from './api.ts';
import { storiesSection } from './stories.ts';
import { parseSection } from './parse.ts';
import { scaleIngestSection, scaleQuerySection } from './scale.ts';

export const sections: readonly BenchSection[] = [cliSection, startupSection, sampleSection, languagesSection, stagesSection, parseSection, corpusSection, apiSection, scaleIngestSection, scaleQuerySection, storiesSection, memorySection];
