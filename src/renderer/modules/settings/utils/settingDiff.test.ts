import { describe, expect, it } from 'vitest';
import { diffValueText, settingDiff } from './settingDiff.ts';

describe('settingDiff', () => {
  it('lists changed leaves only, matching list items by id', () => {
    const before = {
      kind: 'taxRates',
      rates: [
        { id: 'vat13', rateBps: 1300, isDefault: true },
        { id: 'vat6', rateBps: 600, isDefault: false },
      ],
    };
    const after = {
      kind: 'taxRates',
      rates: [
        { id: 'vat6', rateBps: 900, isDefault: false },
        { id: 'vat0', rateBps: 0, isDefault: true },
      ],
    };
    expect(settingDiff(before, after)).toEqual([
      { path: 'rates[vat13].id', before: 'vat13' },
      { path: 'rates[vat13].rateBps', before: 1300 },
      { path: 'rates[vat13].isDefault', before: true },
      { path: 'rates[vat6].rateBps', before: 600, after: 900 },
      { path: 'rates[vat0].id', after: 'vat0' },
      { path: 'rates[vat0].rateBps', after: 0 },
      { path: 'rates[vat0].isDefault', after: true },
    ]);
  });

  it('treats lists of plain values as one change and finds nothing when equal', () => {
    expect(settingDiff({ enabled: ['CNY'] }, { enabled: ['CNY', 'USD'] })).toEqual([
      { path: 'enabled', before: ['CNY'], after: ['CNY', 'USD'] },
    ]);
    expect(settingDiff({ a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
  });

  it('shows images by size and cuts long texts', () => {
    expect(diffValueText(`data:image/png;base64,${'A'.repeat(4096)}`)).toBe('🖼 3 KB');
    expect(diffValueText('x'.repeat(100))).toHaveLength(80);
    expect(diffValueText(undefined)).toBe('—');
  });
});
