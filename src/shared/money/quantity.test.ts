import { describe, expect, it } from 'vitest';
import { formatQuantity, quantityFromDecimal } from './quantity.ts';

describe('quantity', () => {
  it('reads typed quantities as thousandths', () => {
    expect(quantityFromDecimal('2.5')).toBe(2_500);
    expect(quantityFromDecimal('1,000')).toBe(1_000_000);
    expect(quantityFromDecimal('0.333')).toBe(333);
    expect(quantityFromDecimal('0.3333')).toBeUndefined();
    expect(quantityFromDecimal('-1')).toBeUndefined();
  });

  it('formats thousandths without trailing zeros', () => {
    expect(formatQuantity(2_500, 'en-US')).toBe('2.5');
    expect(formatQuantity(1_000_000, 'en-US')).toBe('1,000');
    expect(formatQuantity(2_500, 'de-DE')).toBe('2,5');
    expect(formatQuantity(333, 'zh-CN')).toBe('0.333');
    expect(formatQuantity(1_000_000_000_000, 'en-US')).toBe('1,000,000,000');
  });
});
