import { describe, expect, it } from 'vitest';
import { levenshtein, similarity } from './similarity.ts';

describe('levenshtein', () => {
  it('counts edits in code points', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('王丽', '王莉')).toBe(1);
    expect(levenshtein('𠮷野家', '吉野家')).toBe(1);
  });
});

describe('similarity', () => {
  it('is 1 − distance / longer length', () => {
    expect(similarity('john smith', 'jon smith')).toBe(0.9);
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('', 'abc')).toBe(0);
  });
  it('treats containment of 4+ characters as 0.9', () => {
    expect(similarity('上海华东贸易', '华东贸易')).toBe(0.9);
    expect(similarity('华东', '上海华东')).toBe(0.5);
  });
  it('skips hopeless pairs when given a floor', () => {
    expect(similarity('ab', 'abcdefghij', 0.8)).toBe(0);
    expect(similarity('ab', 'abcdefghij')).toBeCloseTo(0.2);
  });
});
