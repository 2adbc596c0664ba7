import { describe, expect, it } from 'vitest';
import { axisMoney, compactMoney } from './useFigureFormat.ts';

describe('money on dashboards', () => {
  it('puts short amounts without cents on chart axes, in the UI language', () => {
    expect(axisMoney(0, 'CNY', 'en')).toBe('CN¥0');
    expect(axisMoney(150_000, 'CNY', 'en')).toBe('CN¥1.5K');
    expect(axisMoney(1_100_000_000, 'CNY', 'en')).toBe('CN¥11M');
    expect(axisMoney(1_100_000_000, 'CNY', 'zh-CN')).toBe('¥1100万');
    // Yen have no minor unit: 15,000 is ¥15K, not ¥150.
    expect(axisMoney(15_000, 'JPY', 'en')).toBe('¥15K');
  });

  it('keeps a tile exact below 100,000 and short above', () => {
    expect(compactMoney(150_000, 'CNY', 'en')).toBe('CN¥1,500.00');
    expect(compactMoney(45_000_000_000, 'CNY', 'en')).toBe('CN¥450M');
  });
});
