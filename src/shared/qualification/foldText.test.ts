import { describe, expect, it } from 'vitest';
import { containsKeyword, foldText, hasCjk, joinCjkSpaces } from './foldText.ts';

describe('foldText', () => {
  it('folds case, full-width characters and spacing', () => {
    expect(foldText('  Ｓａｌｅｓ   MANAGER ')).toBe('sales manager');
    expect(foldText('ｗａｎｇ＠ＱＱ．ｃｏｍ')).toBe('wang@qq.com');
    expect(foldText(undefined)).toBe('');
  });
});

describe('joinCjkSpaces', () => {
  it('removes spaces next to CJK characters only', () => {
    expect(joinCjkSpaces('王 丽')).toBe('王丽');
    expect(joinCjkSpaces('华东 贸易 co')).toBe('华东贸易co');
    expect(joinCjkSpaces('li wang')).toBe('li wang');
  });
  it('detects CJK', () => {
    expect(hasCjk('采购经理')).toBe(true);
    expect(hasCjk('Manager')).toBe(false);
  });
});

describe('containsKeyword', () => {
  it('matches Latin keywords as whole words', () => {
    expect(containsKeyword('sales manager', 'manager')).toBe(true);
    expect(containsKeyword('director of sales', 'cto')).toBe(false);
    expect(containsKeyword('cto / co-founder', 'cto')).toBe(true);
    expect(containsKeyword('managers', 'manager')).toBe(false);
  });
  it('matches CJK keywords anywhere', () => {
    expect(containsKeyword('采购经理', '经理')).toBe(true);
    expect(containsKeyword('销售总监', '总监')).toBe(true);
    expect(containsKeyword('采购专员', '经理')).toBe(false);
  });
  it('only checks the edges that are word characters', () => {
    expect(containsKeyword('x@qq.com', '@qq.com')).toBe(true);
    expect(containsKeyword('anything', '')).toBe(false);
  });
});
