import { describe, expect, it } from 'vitest';
import {
  emailDomain,
  normalizeCompanyName,
  normalizeEmail,
  normalizePersonName,
  normalizePhone,
} from './normalizeContact.ts';

describe('normalizeEmail', () => {
  it('trims, lower-cases and folds full-width characters', () => {
    expect(normalizeEmail('  Wang.Li@HuaDong-Trade.CN ')).toBe('wang.li@huadong-trade.cn');
    expect(normalizeEmail('ｗａｎｇ＠ｑｑ．ｃｏｍ')).toBe('wang@qq.com');
  });
  it('drops dots and +tags only for Gmail', () => {
    expect(normalizeEmail('Li.Wang+expo@gmail.com')).toBe('liwang@gmail.com');
    expect(normalizeEmail('li.wang@googlemail.com')).toBe('liwang@gmail.com');
    expect(normalizeEmail('li.wang+expo@outlook.com')).toBe('li.wang+expo@outlook.com');
  });
  it('leaves blanks and malformed text comparable', () => {
    expect(normalizeEmail(undefined)).toBe('');
    expect(normalizeEmail('not an email')).toBe('notanemail');
  });
  it('gives the domain', () => {
    expect(emailDomain('Wang@Huadong-Trade.cn')).toBe('huadong-trade.cn');
    expect(emailDomain('nobody')).toBe('');
  });
});

describe('normalizePhone', () => {
  it('reads national numbers in the default country and gives E.164', () => {
    expect(normalizePhone('138 0013 8000', 'CN')).toBe('+8613800138000');
    expect(normalizePhone('+86 138-0013-8000', 'US')).toBe('+8613800138000');
    expect(normalizePhone('(021) 5555 0100', 'CN')).toBe('+862155550100');
    expect(normalizePhone('０３０ １２３４５６７８', 'DE')).toBe('+493012345678');
  });
  it('gives nothing for what cannot be a number', () => {
    expect(normalizePhone('', 'CN')).toBe('');
    expect(normalizePhone('12', 'CN')).toBe('');
    expect(normalizePhone('call me', 'CN')).toBe('');
  });
});

describe('normalizePersonName', () => {
  it('joins CJK names without spaces, family name first', () => {
    expect(normalizePersonName({ firstName: '丽', lastName: '王' })).toBe('王丽');
    expect(normalizePersonName({ firstName: '王 丽' })).toBe('王丽');
    expect(normalizePersonName({ lastName: '王丽', firstName: '' })).toBe('王丽');
  });
  it('ignores case and name order for Latin names', () => {
    const a = normalizePersonName({ firstName: 'Li', lastName: 'WANG' });
    expect(a).toBe(normalizePersonName({ firstName: 'wang', lastName: 'li' }));
    expect(normalizePersonName({ firstName: ' Anna  Maria ', lastName: 'Schmidt' })).toBe(
      'anna maria schmidt',
    );
  });
});

describe('normalizeCompanyName', () => {
  it('drops Chinese legal suffixes', () => {
    expect(normalizeCompanyName('上海华东贸易有限公司')).toBe('上海华东贸易');
    expect(normalizeCompanyName('上海华东贸易股份有限公司')).toBe('上海华东贸易');
    expect(normalizeCompanyName('华为技术（深圳）有限公司')).toBe('华为技术');
    expect(normalizeCompanyName('华为技术有限公司（深圳）')).toBe('华为技术');
    expect(normalizeCompanyName('（深圳）')).toBe('深圳');
  });
  it('drops Western legal suffixes, repeatedly', () => {
    expect(normalizeCompanyName('Acme Trading Co., Ltd.')).toBe('acme trading');
    expect(normalizeCompanyName('Müller GmbH')).toBe('müller');
    expect(normalizeCompanyName('ACME, Inc.')).toBe('acme');
    expect(normalizeCompanyName('Foo Holdings Corp. Ltd')).toBe('foo holdings');
  });
  it('keeps suffix-like endings that are part of a word, and a bare suffix', () => {
    expect(normalizeCompanyName('Tesco')).toBe('tesco');
    expect(normalizeCompanyName('Inc')).toBe('inc');
  });
  it('folds width and punctuation', () => {
    expect(normalizeCompanyName('ＡＣＭＥ－Trading')).toBe('acme trading');
  });
});
