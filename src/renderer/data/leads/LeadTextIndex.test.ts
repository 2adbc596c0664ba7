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
    const index = new LeadTextIndex();
    index.set('w', wang);
    index.set('a', anna);
    expect(index.search('星辰 科技')).toEqual(['w']);
    expect(index.search('有限公司')).toEqual(['w']);
    expect(index.search('上海科技')).toEqual([]);
    expect(index.search('an sch')).toEqual(['a']);
    expect(index.search('example').sort()).toEqual(['a', 'w']);
    expect(index.search('0013 8000')).toEqual(['w']);
    expect(index.search('   ')).toEqual([]);
  });

  it('forgets old text on replace and removed leads', () => {
    const index = new LeadTextIndex();
    index.set('w', wang);
    index.set('w', { ...wang, company: 'Zenith Ltd' });
    expect(index.search('星辰')).toEqual([]);
    expect(index.search('zenith')).toEqual(['w']);
    index.delete('w');
    expect(index.search('zenith')).toEqual([]);
    expect(index.size).toBe(0);
  });
});
