import { describe, expect, it } from 'vitest';
import { orderToCashErrorCodes, sharedDomainErrorCodes } from '../../shared/domain/DomainError.ts';
import { createI18n } from './createI18n.ts';
import { detectLanguage, matchLanguage } from './languages.ts';
import { en } from './resources/en.ts';
import { zhCN } from './resources/zhCN.ts';

function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? keyPaths(value, path) : [path];
  });
}

describe('translations', () => {
  it('has the same keys in English and Simplified Chinese', () => {
    expect(keyPaths(zhCN).sort()).toEqual(keyPaths(en).sort());
  });

  it('has no empty strings', () => {
    for (const tree of [en, zhCN]) {
      const empty = keyPaths(tree).filter((path) => {
        const value = path.split('.').reduce<unknown>((node, key) => {
          return typeof node === 'object' && node !== null ? Reflect.get(node, key) : undefined;
        }, tree);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });

  it('translates the lead draft error codes in both languages', () => {
    const i18n = createI18n('zh-CN');
    expect(i18n.t('leads.errors.invalidEmail')).toContain('邮箱');
    void i18n.changeLanguage('en');
    expect(i18n.t('leads.errors.invalidEmail')).toContain('email');
    expect(i18n.t('leads.list.total', { count: 1, formatted: '1' })).toBe('1 lead');
    expect(i18n.t('leads.list.total', { count: 2000, formatted: '2,000' })).toBe('2,000 leads');
  });
});

describe('language detection', () => {
  it('prefers a saved choice, then the browser languages, then English', () => {
    const saved = { getItem: () => 'zh-CN' };
    const nothing = { getItem: () => null };
    expect(detectLanguage(saved, ['en-US'])).toBe('zh-CN');
    expect(detectLanguage(nothing, ['fr-FR', 'zh-Hans-CN'])).toBe('zh-CN');
    expect(detectLanguage(nothing, ['de-DE'])).toBe('en');
    expect(matchLanguage('en-GB')).toBe('en');
  });
});

describe('domain error messages', () => {
  it('translates every error code the shared and quote-to-cash rules can throw, in both languages', () => {
    for (const tree of [en, zhCN]) {
      const missing = [...sharedDomainErrorCodes, ...orderToCashErrorCodes].filter(
        (code) => typeof Reflect.get(tree.errors, code) !== 'string',
      );
      expect(missing).toEqual([]);
    }
  });
});
