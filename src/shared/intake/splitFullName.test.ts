import { describe, expect, it } from 'vitest';
import { chineseFamilyName, splitFullName } from './splitFullName.ts';

describe('splitFullName', () => {
  it.each([
    ['王丽', { lastName: '王', firstName: '丽' }],
    ['王 丽', { lastName: '王', firstName: '丽' }],
    ['周娜', { lastName: '周', firstName: '娜' }],
    ['张伟明', { lastName: '张', firstName: '伟明' }],
    ['欧阳娜娜', { lastName: '欧阳', firstName: '娜娜' }],
    ['司马光', { lastName: '司马', firstName: '光' }],
    ['諸葛亮', { lastName: '諸葛', firstName: '亮' }],
    ['欧阳', { lastName: '欧', firstName: '阳' }],
    ['王', { lastName: '王', firstName: '' }],
    ['买买提·艾力', { firstName: '买买提', lastName: '艾力' }],
    ['Anna Keller', { firstName: 'Anna', lastName: 'Keller' }],
    ['Mary Ann  van Dijk', { firstName: 'Mary Ann van', lastName: 'Dijk' }],
    ['Keller, Anna', { lastName: 'Keller', firstName: 'Anna' }],
    ['王，丽', { lastName: '王', firstName: '丽' }],
    ['김 민준', { lastName: '김', firstName: '민준' }],
    ['Madonna', { firstName: 'Madonna', lastName: '' }],
    ['  ', { firstName: '', lastName: '' }],
  ])('%s', (input, expected) => {
    expect(splitFullName(input)).toEqual(expected);
  });

  it('finds compound family names only when a given name follows', () => {
    expect(chineseFamilyName('上官婉儿')).toBe('上官');
    expect(chineseFamilyName('上官')).toBe('上');
    expect(chineseFamilyName('')).toBe('');
  });
});
