// A numeric id for formats that want integers (GDELT's GLOBALEVENTID, ACLED's event_id_cnty): 52 bits of
// the hash of the stable event key, so the same event gets the same number in every export.
import { createHash } from 'node:crypto';

export function numericEventId(key: string): number {
  return parseInt(createHash('sha256').update(key).digest('hex').slice(0, 13), 16);
}
