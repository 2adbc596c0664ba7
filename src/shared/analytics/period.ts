import { DomainError } from '../domain/DomainError.ts';

/** A reporting period: from `start` (inclusive) to `end` (exclusive), ISO-8601 UTC instants. */
export type Period = { start: string; end: string };

const dayMs = 86_400_000;

function instant(value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new DomainError('invalidDate', { value }, `Expected an ISO timestamp, got "${value}"`);
  }
  return ms;
}

/** Checks the period and gives its bounds in milliseconds. */
export function periodBounds(period: Period): { startMs: number; endMs: number } {
  const startMs = instant(period.start);
  const endMs = instant(period.end);
  if (endMs <= startMs) {
    throw new DomainError(
      'invalidDate',
      { value: period.end },
      `The period must end after it starts (${period.start} → ${period.end})`,
    );
  }
  return { startMs, endMs };
}

type Bounds = { startMs: number; endMs: number; startIso: string; endIso: string };
const boundsCache = new WeakMap<Period, Bounds>();
// `2026-03-01T08:00:00.000Z`: what toISOString writes and the app stores; such strings sort
// like the instants they name, so most checks need no parsing at all.
const canonicalInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

function boundsOf(period: Period): Bounds {
  let bounds = boundsCache.get(period);
  if (!bounds) {
    const { startMs, endMs } = periodBounds(period);
    bounds = {
      startMs,
      endMs,
      startIso: new Date(startMs).toISOString(),
      endIso: new Date(endMs).toISOString(),
    };
    boundsCache.set(period, bounds);
  }
  return bounds;
}

/** Whether an ISO timestamp or `YYYY-MM-DD` date (read as UTC midnight) falls in the period. */
export function inPeriod(value: string | undefined, period: Period): boolean {
  if (value === undefined) return false;
  const bounds = boundsOf(period);
  const canonical =
    value.length === 24 && canonicalInstant.test(value)
      ? value
      : value.length === 10 && dateOnly.test(value)
        ? `${value}T00:00:00.000Z`
        : undefined;
  if (canonical !== undefined) return canonical >= bounds.startIso && canonical < bounds.endIso;
  const ms = instant(value);
  return ms >= bounds.startMs && ms < bounds.endMs;
}

/** The period's length in days (fractional for partial days). */
export function periodDays(period: Period): number {
  const { startMs, endMs } = periodBounds(period);
  return (endMs - startMs) / dayMs;
}

/** Time from `from` to `to` in days (fractional); negative when `to` is earlier. */
export function daysFromTo(from: string, to: string): number {
  return (instant(to) - instant(from)) / dayMs;
}

/** Time from `from` to `to` in minutes. */
export function minutesFromTo(from: string, to: string): number {
  return (instant(to) - instant(from)) / 60_000;
}
