import { describe, expect, it } from 'vitest';
import { isCrossBorderSale, zeroRatingReason } from './crossBorderVat.ts';

const zeroAndStandard = [{ taxRateBps: 0 }, { taxRateBps: 1300 }];

describe('isCrossBorderSale', () => {
  it('is a sale abroad only when both countries are known and differ', () => {
    expect(isCrossBorderSale({ sellerCountry: 'CN', customerCountry: 'DE' })).toBe(true);
    expect(isCrossBorderSale({ sellerCountry: 'cn', customerCountry: ' CN ' })).toBe(false);
    expect(isCrossBorderSale({ sellerCountry: 'CN', customerCountry: undefined })).toBe(false);
    expect(isCrossBorderSale({ sellerCountry: '', customerCountry: 'DE' })).toBe(false);
    expect(isCrossBorderSale({ sellerCountry: 'China', customerCountry: 'DE' })).toBe(false);
  });
});

describe('zeroRatingReason', () => {
  it.each([
    ['CN', 'DE', 'export'],
    ['CN', 'US', 'export'],
    ['DE', 'CH', 'export'],
    ['DE', 'GB', 'export'],
    ['DE', 'FR', 'reverseCharge'],
    ['nl', 'be', 'reverseCharge'],
    ['CN', 'CN', undefined],
    ['CN', undefined, undefined],
    [undefined, 'DE', undefined],
  ] as const)('seller %s, customer %s: %s', (sellerCountry, customerCountry, reason) => {
    expect(zeroRatingReason({ sellerCountry, customerCountry, lines: zeroAndStandard })).toBe(
      reason,
    );
  });

  it('asks for no statement when every line carries VAT (the rep set the rates)', () => {
    expect(
      zeroRatingReason({
        sellerCountry: 'CN',
        customerCountry: 'DE',
        lines: [{ taxRateBps: 1300 }, { taxRateBps: 600 }],
      }),
    ).toBeUndefined();
    expect(
      zeroRatingReason({ sellerCountry: 'CN', customerCountry: 'DE', lines: [] }),
    ).toBeUndefined();
  });
});
