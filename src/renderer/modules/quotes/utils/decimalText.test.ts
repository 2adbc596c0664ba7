import { describe, expect, it } from 'vitest';
import {
  moneyInputText,
  parseMoneyInput,
  parsePercentInput,
  parseQuantityInput,
  percentInputText,
  quantityInputText,
} from './decimalText.ts';

describe('decimal text for quote inputs', () => {
  it('round-trips prices, percents and quantities without floats', () => {
    expect(moneyInputText(129_990, 'CNY')).toBe('1299.90');
    expect(moneyInputText(5, 'USD')).toBe('0.05');
    expect(moneyInputText(2700, 'JPY')).toBe('2700');
    expect(parseMoneyInput('1,299.90', 'CNY')).toBe(129_990);
    expect(parseMoneyInput('-1', 'CNY')).toBeUndefined();
    expect(percentInputText(1250)).toBe('12.5');
    expect(percentInputText(0)).toBe('0');
    expect(parsePercentInput('12.5%')).toBe(1250);
    expect(parsePercentInput('100.01')).toBeUndefined();
    expect(quantityInputText(2500)).toBe('2.5');
    expect(parseQuantityInput('2.5')).toBe(2500);
    expect(parseQuantityInput('0.0001')).toBeUndefined();
  });
});
