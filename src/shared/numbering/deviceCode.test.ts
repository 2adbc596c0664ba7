import { describe, expect, it } from 'vitest';
import { assignDeviceCode, deviceCode, isDeviceCode } from './deviceCode.ts';

describe('deviceCode', () => {
  it.each([
    [0, 'A2'],
    [7, 'A9'],
    [8, 'B2'],
    [191, 'Z9'],
    [192, 'AA2'],
    [193, 'AA3'],
  ])('device %i is %s', (index, code) => {
    expect(deviceCode(index)).toBe(code);
    expect(isDeviceCode(code)).toBe(true);
  });

  it('gives 20,000 devices distinct codes without look-alike characters', () => {
    const codes = Array.from({ length: 20_000 }, (_, index) => deviceCode(index));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => isDeviceCode(code) && !/[IO01-]/.test(code))).toBe(true);
  });

  it('refuses a negative or fractional index', () => {
    expect(() => deviceCode(-1)).toThrow(expect.objectContaining({ code: 'invalidDeviceIndex' }));
    expect(() => deviceCode(1.5)).toThrow(expect.objectContaining({ code: 'invalidDeviceIndex' }));
  });

  it('hands out codes in turn and moves the setting on', () => {
    const first = assignDeviceCode({ value: { kind: 'numberSeries', series: [] } });
    const second = assignDeviceCode({ value: first.value });
    expect([first.deviceCode, second.deviceCode]).toEqual(['A2', 'A3']);
    expect(second.value.nextDeviceIndex).toBe(2);
  });
});
