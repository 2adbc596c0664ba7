import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import type { Lead } from '../domain/lead.ts';
import { createDuplicateIndex, findLikelyDuplicates } from './findLikelyDuplicates.ts';

const base = exampleRecords.leads;
let counter = 0;
const lead = (fields: Partial<Lead>): Lead => {
  counter += 1;
  return {
    ...base,
    id: `0195a3c2-7f00-7000-8000-${String(counter).padStart(12, '0')}`,
    email: '',
    phone: '',
    ...fields,
  };
};

const wang = lead({ email: 'Wang.Li@huadong-trade.cn', phone: '13800138000' });
const zhang = lead({
  firstName: '伟',
  lastName: '张',
  email: 'zhang@acme.de',
  company: 'ACME GmbH',
});
const smith = lead({
  firstName: 'John',
  lastName: 'Smith',
  company: 'Acme Trading Co., Ltd.',
  email: 'john@acme.com',
  country: 'US',
  phone: '(415) 555-0100',
});
const existing = [wang, zhang, smith];

const find = (candidate: Partial<Lead>, options = {}) =>
  findLikelyDuplicates({
    candidate: {
      ...lead({ firstName: '', lastName: '', company: '' }),
      ...candidate,
      id: undefined,
    },
    existing,
    defaultCountry: 'CN',
    options,
  });

describe('findLikelyDuplicates', () => {
  it('flags the same email whatever its case', () => {
    const [match, ...rest] = find({ email: ' WANG.LI@HUADONG-TRADE.CN' });
    expect(rest).toEqual([]);
    expect(match).toEqual({
      lead: wang,
      confidence: 0.95,
      reasons: [{ kind: 'sameEmail', value: 'wang.li@huadong-trade.cn' }],
    });
  });

  it('flags the same phone written differently (E.164 in the default country)', () => {
    const [match] = find({ phone: '+86 138-0013-8000' });
    expect(match).toMatchObject({
      lead: wang,
      confidence: 0.85,
      reasons: [{ kind: 'samePhone', value: '+8613800138000' }],
    });
  });

  it("reads a lead's national number in its own country", () => {
    const [match] = find({ phone: '+1 415 555 0100' });
    expect(match?.lead).toBe(smith);
  });

  it('flags a similar name at a similar company', () => {
    const [match] = find({ firstName: 'Jon', lastName: 'Smith', company: 'ACME Trading Ltd' });
    expect(match?.lead).toBe(smith);
    expect(match?.reasons).toEqual([
      { kind: 'similarNameAndCompany', nameSimilarity: 0.9, companySimilarity: 1 },
    ]);
    expect(match?.confidence).toBe(0.86);
  });

  it('matches Chinese names and company names without legal suffixes', () => {
    const [match] = find({ firstName: '丽', lastName: '王', company: '华东贸易有限公司' });
    expect(match).toMatchObject({ lead: wang, confidence: 0.86 });
  });

  it('does not flag a colleague (same company, other person) or a namesake elsewhere', () => {
    expect(find({ firstName: '莉', lastName: '王', company: '上海华东贸易有限公司' })).toEqual([]);
    expect(find({ firstName: '丽', lastName: '王', company: '北京远方科技' })).toEqual([]);
  });

  it('combines evidence and sorts the most likely first', () => {
    const matches = find({
      email: 'john@acme.com',
      firstName: '丽',
      lastName: '王',
      company: '华东贸易',
    });
    expect(matches.map((match) => [match.lead.id, match.confidence])).toEqual([
      [smith.id, 0.95],
      [wang.id, 0.86],
    ]);
    const [both] = find({ email: 'john@acme.com', phone: '+14155550100' });
    // 1 − (1 − 0.95)(1 − 0.85)
    expect(both?.confidence).toBeCloseTo(0.9925, 2);
  });

  it('applies the thresholds', () => {
    const almost = { firstName: 'Jon', lastName: 'Smith', company: 'ACME Trading Ltd' };
    expect(find(almost, { nameThreshold: 0.95 })).toEqual([]);
    expect(find(almost, { minConfidence: 0.9 })).toEqual([]);
    expect(find({ phone: '13800138000' }, { minConfidence: 0.9 })).toEqual([]);
  });

  it('never matches a lead with itself, and a prepared index gives the same answer', () => {
    const index = createDuplicateIndex(existing, 'CN');
    expect(index.find(wang)).toEqual([]);
    expect(index.find({ ...wang, id: undefined })[0]?.lead).toBe(wang);
  });
});
