import { describe, expect, it } from 'vitest';
import { LeadTextIndex } from './LeadTextIndex.ts';

const wang = {
  firstName: '丽',
  lastName: '王',
  company: '上海星辰科技有限公司',
  email: 'wang.li@xingchen.example.cn',
  phone: '+86 138 0013 8000',
};
const anna = {
  firstName: 'Anna',
  lastName: 'Schmidt',
  company: 'Acme GmbH',
  email: 'anna@acme.example',
  phone: '',
};

describe('LeadTextIndex', () => {
  it('matches every word, as prefixes, across fields', () => {
    const index = new LeadTextIndex<string>();
    index.set('w', wang, 'w');
    index.set('a', anna, 'a');
    expect(index.search('星辰 科技')).toEqual(['w']);
    expect(index.search('有限公司')).toEqual(['w']);
    expect(index.search('上海科技')).toEqual([]);
    expect(index.search('an sch')).toEqual(['a']);
    expect(index.search('example').sort()).toEqual(['a', 'w']);
    expect(index.search('0013 8000')).toEqual(['w']);
    expect(index.search('   ')).toEqual([]);
  });

  it('forgets old text on replace and removed leads', () => {
    const index = new LeadTextIndex<string>();
    index.set('w', wang, 'w');
    index.set('w', { ...wang, company: 'Zenith Ltd' }, 'w');
    expect(index.search('星辰')).toEqual([]);
    expect(index.search('zenith')).toEqual(['w']);
    index.delete('w');
    expect(index.search('zenith')).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('hands back hits in the order leads were last indexed, across every prefix term', () => {
    const index = new LeadTextIndex<string>();
    const withPhone = (phone: string) => ({ ...anna, phone });
    index.set('a', withPhone('+86 138 0000 1111'), 'a');
    index.set('b', withPhone('+86 139 2222 3333'), 'b');
    index.set('c', withPhone('+86 138 4444 5555'), 'c');
    expect(index.search('13')).toEqual(['a', 'b', 'c']);
    // A changed lead is indexed again: it moves to the end, as the newest change.
    index.set('a', withPhone('+86 137 6666 7777'), 'a');
    expect(index.search('13')).toEqual(['b', 'c', 'a']);
    expect(index.search('138')).toEqual(['c']);
    expect(index.search('1376666')).toEqual(['a']);
  });
});
