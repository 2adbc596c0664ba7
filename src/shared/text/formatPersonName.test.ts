import { describe, expect, it } from 'vitest';
import { formatPersonName } from './formatPersonName.ts';

describe('formatPersonName', () => {
  it.each([
    ['Chinese', { firstName: '丽', lastName: '王' }, '王丽'],
    ['Chinese two-character given name', { firstName: '小明', lastName: '李' }, '李小明'],
    ['Chinese compound family name', { firstName: '若曦', lastName: '欧阳' }, '欧阳若曦'],
    ['Traditional Chinese', { firstName: '志明', lastName: '陳' }, '陳志明'],
    ['Japanese', { firstName: 'さくら', lastName: '山田' }, '山田さくら'],
    ['Korean', { firstName: '민수', lastName: '김' }, '김민수'],
    ['Latin', { firstName: 'Anna', lastName: 'Schmidt' }, 'Anna Schmidt'],
    ['Latin with accents', { firstName: 'José', lastName: 'Núñez' }, 'José Núñez'],
    [
      'Latin multi-part family name',
      { firstName: 'Ludwig', lastName: 'van Beethoven' },
      'Ludwig van Beethoven',
    ],
    ['Cyrillic', { firstName: 'Иван', lastName: 'Петров' }, 'Иван Петров'],
    ['mixed script keeps family first with a space', { firstName: 'Li', lastName: '王' }, '王 Li'],
    ['only a given name', { firstName: '丽', lastName: '' }, '丽'],
    ['only a family name', { firstName: '', lastName: 'Schmidt' }, 'Schmidt'],
    ['missing parts', {}, ''],
    ['undefined parts', { firstName: undefined, lastName: undefined }, ''],
    ['stray spaces', { firstName: '  Anna  Maria ', lastName: ' Schmidt ' }, 'Anna Maria Schmidt'],
    ['spaces around CJK', { firstName: ' 丽 ', lastName: ' 王 ' }, '王丽'],
  ])('%s', (_case, parts, expected) => {
    expect(formatPersonName(parts)).toBe(expected);
  });
});
