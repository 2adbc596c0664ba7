import { describe, expect, it } from 'vitest';
import type { SettingValue } from '../domain/setting.ts';
import { assignDeviceCode } from './deviceCode.ts';
import { isProvisionalNumber } from './documentNumber.ts';
import { type DeviceNumberSeries, deviceSeriesFromSetting, nextNumber } from './nextNumber.ts';

type NumberSeriesValue = Extract<SettingValue, { kind: 'numberSeries' }>;

const setting: NumberSeriesValue = {
  kind: 'numberSeries',
  series: [{ document: 'order', prefix: 'SO-', includeYear: true, padding: 5, nextNumber: 1 }],
};

function issue(series: DeviceNumberSeries, count: number, kind: 'quote' | 'order', now: string) {
  const numbers: string[] = [];
  let current = series;
  for (let i = 0; i < count; i += 1) {
    const next = nextNumber({ series: current, kind, now });
    numbers.push(next.number);
    current = next.series;
  }
  return { numbers, series: current };
}

describe('nextNumber', () => {
  it('numbers per device, kind and year: Q-2026-A7-0042', () => {
    let series = deviceSeriesFromSetting({ deviceCode: 'A7', value: setting });
    const run = issue(series, 42, 'quote', '2026-05-01T00:00:00.000Z');
    expect(run.numbers.at(0)).toBe('Q-2026-A7-0001');
    expect(run.numbers.at(-1)).toBe('Q-2026-A7-0042');
    series = run.series;
    expect(nextNumber({ series, kind: 'order', now: '2026-05-01T00:00:00.000Z' }).number).toBe(
      'SO-2026-A7-00001',
    );
    expect(nextNumber({ series, kind: 'quote', now: '2027-01-01T00:00:00.000Z' }).number).toBe(
      'Q-2027-A7-0001',
    );
  });

  it('does not restart a year when the clock goes back', () => {
    const { series } = issue(
      deviceSeriesFromSetting({ deviceCode: 'B2' }),
      3,
      'quote',
      '2027-01-02T00:00:00.000Z',
    );
    expect(nextNumber({ series, kind: 'quote', now: '2026-12-31T00:00:00.000Z' }).number).toBe(
      'Q-2027-B2-0004',
    );
  });

  it('keeps counting across years when the year is not in the number', () => {
    const noYear = deviceSeriesFromSetting({
      deviceCode: 'C3',
      value: {
        kind: 'numberSeries',
        series: [{ document: 'quote', prefix: 'Q', includeYear: false, padding: 3, nextNumber: 1 }],
      },
    });
    const { series } = issue(noYear, 2, 'quote', '2026-12-31T00:00:00.000Z');
    expect(nextNumber({ series, kind: 'quote', now: '2027-01-01T00:00:00.000Z' }).number).toBe(
      'QC3-003',
    );
  });

  it('marks invoice numbers provisional', () => {
    const series = deviceSeriesFromSetting({ deviceCode: 'A7' });
    const { number } = nextNumber({ series, kind: 'invoice', now: '2026-03-16T00:00:00.000Z' });
    expect(number).toBe('PROV-INV-2026-A7-0001');
    expect(isProvisionalNumber(number)).toBe(true);
  });

  it('refuses a device code the server could not have assigned', () => {
    expect(() => deviceSeriesFromSetting({ deviceCode: 'A-1' })).toThrow(
      expect.objectContaining({ code: 'invalidDeviceCode' }),
    );
  });

  it('5 devices offline issue 1,000 numbers each with zero collisions', () => {
    let value = setting;
    const devices: DeviceNumberSeries[] = [];
    for (let i = 0; i < 5; i += 1) {
      const signedIn = assignDeviceCode({ value });
      value = signedIn.value;
      devices.push(deviceSeriesFromSetting({ deviceCode: signedIn.deviceCode, value }));
    }
    // Interleave the devices, each with its own clock, across a new year.
    const all: string[] = [];
    const clocks = ['2026-12-31T10:00:00.000Z', '2027-01-01T00:00:00.000Z'];
    for (let round = 0; round < 1_000; round += 1) {
      devices.forEach((series, index) => {
        const now = clocks[(round + index) % 2 === 0 || round < 500 ? 0 : 1] ?? '';
        const next = nextNumber({ series, kind: 'quote', now });
        devices[index] = next.series;
        all.push(next.number);
      });
    }
    expect(all).toHaveLength(5_000);
    expect(new Set(all).size).toBe(5_000);
  });
});
