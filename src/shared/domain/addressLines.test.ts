import { describe, expect, it } from 'vitest';
import { addressLine, addressLines, countryName, placeName } from './addressLines.ts';
import type { Address } from './addressSchema.ts';

const shanghai: Address = {
  line1: '浦东新区张江路 88 号',
  city: '上海',
  region: '上海',
  postalCode: '201203',
  country: 'CN',
};
const hamburg: Address = {
  line1: 'Speicherstadt 12',
  line2: '3. OG',
  city: 'Hamburg',
  postalCode: '20457',
  country: 'DE',
};

describe('postal addresses', () => {
  it('writes a Chinese address from the country down, naming a municipality once', () => {
    expect(addressLines(shanghai, 'zh-CN')).toEqual(['中国上海浦东新区张江路 88 号', '201203']);
    expect(addressLine(shanghai, 'zh-CN')).toBe('中国上海浦东新区张江路 88 号 201203');
    // Read in English, the country goes last, by its English name, as international mail has it;
    // the address itself stays as written.
    expect(addressLines(shanghai, 'en')).toEqual(['上海浦东新区张江路 88 号', '201203', 'China']);
    expect(addressLine(shanghai, 'en')).toBe('上海浦东新区张江路 88 号 201203, China');
  });

  it('does not repeat a province or city the street line already starts with', () => {
    const written = { ...shanghai, line1: '上海市浦东新区张江路 88 号', city: '上海市' };
    expect(addressLines(written, 'zh-CN')).toEqual(['中国上海市浦东新区张江路 88 号', '201203']);
    const guangdong = { ...shanghai, line1: '天河区体育西路 1 号', city: '广州', region: '广东' };
    expect(addressLine(guangdong, 'zh-CN')).toBe('中国广东广州天河区体育西路 1 号 201203');
  });

  it('writes other addresses street first, with the country named in the interface language', () => {
    expect(addressLines(hamburg, 'en')).toEqual([
      'Speicherstadt 12',
      '3. OG',
      '20457 Hamburg',
      'Germany',
    ]);
    expect(addressLine(hamburg, 'zh-CN')).toBe('Speicherstadt 12, 3. OG, 20457 Hamburg, 德国');
  });

  it('keeps a code the runtime cannot name as it is', () => {
    expect(countryName('XK', 'en')).toMatch(/^(Kosovo|XK)$/);
    expect(countryName('QZ', 'en')).toBe('QZ');
  });

  it('names where a customer is in a few words, the largest place first in Chinese', () => {
    expect(placeName({ city: 'Hamburg', country: 'DE' }, 'en')).toBe('Hamburg, Germany');
    expect(placeName({ city: '上海', country: 'CN' }, 'zh-CN')).toBe('中国上海');
    expect(placeName({ city: 'Hamburg', country: 'DE' }, 'zh-CN')).toBe('德国 Hamburg');
    expect(placeName({ country: 'CH' }, 'en')).toBe('Switzerland');
    expect(placeName({}, 'en')).toBe('');
  });
});
