import { newId } from '../../../../shared/ids/newId.ts';

/** Mantine's NumberInput gives '' for an empty field: NaN, which the schema then rejects. */
export function numberOf(value: number | string): number {
  return typeof value === 'number' ? value : Number.NaN;
}

/** Basis points from a percent field (13 → 1300); NaN stays NaN for the schema to reject. */
export function bpsOf(value: number | string): number {
  const percent = numberOf(value);
  return Number.isNaN(percent) ? percent : Math.round(percent * 100);
}

/** What a NumberInput shows for a stored number (NaN = empty). */
export function shown(value: number, divisor = 1): number | string {
  return Number.isNaN(value) ? '' : value / divisor;
}

/** A fresh id for a new setting row. */
export function newRowId(): string {
  return newId(Date.now());
}
