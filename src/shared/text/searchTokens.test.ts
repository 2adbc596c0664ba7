import { describe, expect, it } from 'vitest';
import {
  isPrefixToken,
  normalizeSearchText,
  personNameSearchText,
  phoneIndexTokens,
  queryTokens,
  textIndexTokens,
} from './searchTokens.ts';

describe('search tokens', () => {
  it('splits Chinese text without spaces into characters and pairs', () => {
    expect(textIndexTokens('星辰科技')).toEqual(['星', '辰', '科', '技', '星辰', '辰科', '科技']);
    expect(textIndexTokens('上海星辰科技有限公司')).toEqual(
      expect.arrayContaining(['科技', '上海', '公司']),
    );
  });

  it('keeps Latin words whole and folds case, width and accents', () => {
    expect(textIndexTokens('Müller & Söhne GmbH')).toEqual(['muller', 'sohne', 'gmbh']);
    expect(normalizeSearchText('ＡＣＭＥ Émile')).toBe('acme emile');
    expect(textIndexTokens('wang.li@xingchen.example')).toEqual([
      'wang',
      'li',
      'xingchen',
      'example',
    ]);
  });

  it('handles mixed Chinese and Latin text', () => {
    expect(textIndexTokens('华为Huawei技术')).toEqual([
      '华',
      '为',
      '华为',
      '技',
      '术',
      '技术',
      'huawei',
    ]);
  });

  it('indexes phone digits from each written group on, regardless of formatting', () => {
    expect(phoneIndexTokens('+86 (138) 0013-8000')).toEqual([
      '8613800138000',
      '13800138000',
      '00138000',
      '8000',
    ]);
    expect(phoneIndexTokens('13800138000')).toEqual(['13800138000']);
    expect(phoneIndexTokens('n/a')).toEqual([]);
  });

  it('matches single Latin characters exactly and everything else as a prefix', () => {
    expect(isPrefixToken('w')).toBe(false);
    expect(isPrefixToken('wa')).toBe(true);
    expect(isPrefixToken('王')).toBe(true);
  });

  it('writes Chinese names family name first so "王丽" is one word', () => {
    expect(textIndexTokens(personNameSearchText('丽', '王'))).toContain('王丽');
    expect(personNameSearchText('Anna', 'Schmidt')).toBe('Anna Schmidt');
  });

  it('turns a query into pairs for Chinese, words for Latin, one run for phone numbers', () => {
    expect(queryTokens('科技')).toEqual(['科技']);
    expect(queryTokens('王')).toEqual(['王']);
    expect(queryTokens('上海科技')).toEqual(['上海', '海科', '科技']);
    expect(queryTokens('  Anna  Schm ')).toEqual(['anna', 'schm']);
    expect(queryTokens('138 0013-8000')).toEqual(['13800138000']);
    expect(queryTokens('+86')).toEqual(['86']);
    expect(queryTokens('   ')).toEqual([]);
  });
});
