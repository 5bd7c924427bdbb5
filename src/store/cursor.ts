// Opaque page cursors: the sort values of the last row, so a page never skips or repeats a row as rows arrive.
import { InputError } from '../errors.ts';

export type CursorValues = (string | number)[];

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): CursorValues | null {
  if (!cursor) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values as CursorValues;
    }
  } catch {
    // falls through to the error below
  }
  throw new InputError('cursor', 'is not a cursor this API handed out');
}

/** A cursor holding a row offset (ranked search results): a whole number from 0 to MAX_OFFSET. */
export const MAX_OFFSET = 1_000_000;

export function decodeOffsetCursor(cursor: string | null | undefined): number {
  const [offset] = decodeCursor(cursor, 1) ?? [0];
  if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 && offset <= MAX_OFFSET) return offset;
  throw new InputError('cursor', 'is not a cursor this API handed out');
}
