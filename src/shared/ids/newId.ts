import { v7 as uuidv7 } from 'uuid';

/** Makes a new record id (UUIDv7) on this device; `nowMs` is the caller's clock, so ids sort by creation time. */
export function newId(nowMs: number): string {
  return uuidv7({ msecs: nowMs });
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Tells whether a string is a lower-case UUID as made by `newId`. */
export function isId(value: string): boolean {
  return uuidPattern.test(value);
}
