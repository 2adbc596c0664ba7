import { dateOf } from '../billing/calendarDate.ts';
import { DomainError } from '../domain/DomainError.ts';
import type { NumberedDocument, SettingValue } from '../domain/setting.ts';
import { isDeviceCode } from './deviceCode.ts';
import {
  documentNumberPrefix,
  formatDocumentNumber,
  type NumberFormat,
  numberFormatsOf,
} from './documentNumber.ts';

type NumberSeriesValue = Extract<SettingValue, { kind: 'numberSeries' }>;

/** The last sequence this device used for a kind of document, and in which year. */
export type SeriesCounter = { year: number; last: number };

/**
 * This device's own numbering, kept on the device (never replicated): the code the server
 * assigned at sign-in, the formats from settings, and the last number used per kind.
 */
export type DeviceNumberSeries = {
  deviceCode: string;
  formats: Record<NumberedDocument, NumberFormat>;
  counters: Partial<Record<NumberedDocument, SeriesCounter>>;
};

/** Starts a device's series at sign-in from its assigned code and the `numberSeries` setting. */
export function deviceSeriesFromSetting({
  deviceCode,
  value,
}: {
  deviceCode: string;
  value?: NumberSeriesValue;
}): DeviceNumberSeries {
  if (!isDeviceCode(deviceCode)) {
    throw new DomainError('invalidDeviceCode', { value: deviceCode });
  }
  return { deviceCode, formats: numberFormatsOf(value), counters: {} };
}

/**
 * Allocates the next number of a kind on this device (`Q-2026-A7-0042`) and returns the series
 * to store. Unique without a network: the device code is unique per device and the sequence
 * only grows (it restarts each year only when the year is part of the number). Invoice
 * numbers come out provisional (`PROV-INV-…`) because the legal, gap-free one is the server's.
 */
export function nextNumber({
  series,
  kind,
  now,
}: {
  series: DeviceNumberSeries;
  kind: NumberedDocument;
  now: string;
}): { number: string; series: DeviceNumberSeries } {
  const format = series.formats[kind];
  const counter = series.counters[kind];
  // A clock set back into last year must not restart a yearly run that was already used.
  const year = Math.max(Number(dateOf(now).slice(0, 4)), counter?.year ?? 0);
  const sameRun = counter !== undefined && (!format.includeYear || counter.year === year);
  const sequence = sameRun ? counter.last + 1 : 1;
  const number = formatDocumentNumber({
    format,
    year,
    deviceCode: series.deviceCode,
    sequence,
    provisional: kind === 'invoice',
  });
  return {
    number,
    series: { ...series, counters: { ...series.counters, [kind]: { year, last: sequence } } },
  };
}

/**
 * The text every number of this device's run of a kind starts with this year (`Q-2026-A7-`,
 * `PROV-INV-2026-A7-`): allocators find the run's last sequence among numbers starting with it.
 */
export function runPrefixOf({
  series,
  kind,
  now,
}: {
  series: DeviceNumberSeries;
  kind: NumberedDocument;
  now: string;
}): string {
  return documentNumberPrefix({
    format: series.formats[kind],
    year: Number(dateOf(now).slice(0, 4)),
    deviceCode: series.deviceCode,
    provisional: kind === 'invoice',
  });
}

/** The next number of a kind when `last` sequences of its run (see `runPrefixOf`) are used. */
export function nextNumberAfter({
  series,
  kind,
  last,
  now,
}: {
  series: DeviceNumberSeries;
  kind: NumberedDocument;
  last: number;
  now: string;
}): { number: string; series: DeviceNumberSeries } {
  const year = Number(dateOf(now).slice(0, 4));
  return nextNumber({
    series: { ...series, counters: last > 0 ? { [kind]: { year, last } } : {} },
    kind,
    now,
  });
}
