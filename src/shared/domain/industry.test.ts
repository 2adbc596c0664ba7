import { describe, expect, it } from 'vitest';
import { industryCodes, industryNames, industryTerms, recognizeIndustry } from './industry.ts';

describe('recognizeIndustry', () => {
  it('knows every name of every industry as that industry and no other', () => {
    for (const code of industryCodes) {
      expect(recognizeIndustry(code)).toBe(code);
      for (const name of industryNames(code))
        expect([name, recognizeIndustry(name)]).toEqual([name, code]);
    }
  });

  it.each([
    // Salesforce's Industry picklist
    ['Manufacturing', 'manufacturing'],
    ['Food & Beverage', 'food_beverage'],
    ['Not For Profit', 'nonprofit'],
    ['Technology', 'technology'],
    // HubSpot's industry codes
    ['COMPUTER_SOFTWARE', 'technology'],
    ['FOOD_BEVERAGES', 'food_beverage'],
    ['LOGISTICS_AND_SUPPLY_CHAIN', 'logistics'],
    ['HOSPITAL_HEALTH_CARE', 'healthcare'],
    ['ELECTRICAL_ELECTRONIC_MANUFACTURING', 'electronics'],
    ['MECHANICAL_OR_INDUSTRIAL_ENGINEERING', 'machinery'],
    // Chinese spreadsheets, with and without 行业 / 业, full-width and spaced
    ['制造业', 'manufacturing'],
    ['化工行业', 'chemicals'],
    ['物流业', 'logistics'],
    ['医疗器械', 'medical_devices'],
    ['汽车零部件', 'automotive'],
    ['ＩＴ服务', 'technology'],
    ['  food and beverages ', 'food_beverage'],
  ] as const)('reads %s as %s', (text, code) => {
    expect(recognizeIndustry(text)).toBe(code);
  });

  it('leaves text that names no known industry unrecognized', () => {
    expect(recognizeIndustry('Underwater basket weaving')).toBeUndefined();
    expect(recognizeIndustry('业')).toBeUndefined();
    expect(recognizeIndustry('')).toBeUndefined();
    expect(recognizeIndustry('  ')).toBeUndefined();
    expect(recognizeIndustry(undefined)).toBeUndefined();
  });
});

describe('industryTerms', () => {
  it('adds the names in both languages to a known industry, keeping what was written first', () => {
    const terms = industryTerms('机械');
    expect(terms[0]).toBe('机械');
    expect(terms).toContain('Machinery');
    expect(terms).toContain('机械设备');
  });

  it('is the text alone when no industry is known, and nothing when there is no text', () => {
    expect(industryTerms('Space tourism')).toEqual(['Space tourism']);
    expect(industryTerms(' ')).toEqual([]);
    expect(industryTerms(undefined)).toEqual([]);
  });
});
