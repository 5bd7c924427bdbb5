// The version the API reports: the package's.
import { readFileSync } from 'node:fs';

export const SUMBER_VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
