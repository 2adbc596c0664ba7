import { describe, expect, it } from 'vitest';
import { industryCodes, industryNames } from '../../shared/domain/industry.ts';
import { createI18n } from './createI18n.ts';
import { industryChoiceRank, industryChoices, industryLabel } from './industryLabels.ts';

describe('industry labels', () => {
  it('name each industry as the vocabulary recognizes it, in both languages', () => {
    const en = createI18n('en');
    const zh = createI18n('zh-CN');
    for (const code of industryCodes) {
      const [english, chinese] = industryNames(code);
      expect(en.t(`industries.${code}`)).toBe(english);
      expect(zh.t(`industries.${code}`)).toBe(chinese);
    }
  });

  it('read an industry however it was written in the reader’s language', () => {
    const zh = createI18n('zh-CN');
    expect(industryLabel('Manufacturing', zh.t)).toBe('制造业');
    expect(industryLabel('COMPUTER_SOFTWARE', zh.t)).toBe('软件与信息技术');
    expect(industryLabel('机械', createI18n('en').t)).toBe('Machinery');
    expect(industryLabel('Space tourism', zh.t)).toBe('Space tourism');
  });

  it('offer the choices sorted as the language sorts, “Other” last', () => {
    const en = industryChoices(createI18n('en').t, 'en');
    expect(en.indexOf('Agriculture')).toBeLessThan(en.indexOf('Retail'));
    expect(en.at(-1)).toBe('Other');
    const zh = industryChoices(createI18n('zh-CN').t, 'zh-CN');
    expect(zh).toContain('物流运输');
    expect(zh.at(-1)).toBe('其他');
  });

  it('find a choice by any of its names in either language, its own names first', () => {
    expect(industryChoiceRank('机械设备', 'machin')).toBe(0);
    expect(industryChoiceRank('Logistics & transport', '物流')).toBe(0);
    expect(industryChoiceRank('Retail', '物流')).toBeUndefined();
    expect(industryChoiceRank('Retail', '')).toBe(0);
    // "制造" is in 制造业 (Manufacturing's name) and only in another spelling of Machinery.
    expect(industryChoiceRank('Manufacturing', '制造')).toBe(0);
    expect(industryChoiceRank('Machinery', '制造')).toBe(1);
  });
});
