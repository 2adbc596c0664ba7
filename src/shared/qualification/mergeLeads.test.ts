import { describe, expect, it } from 'vitest';
import type { Activity } from '../domain/activity.ts';
import { exampleRecords } from '../domain/exampleRecords.ts';
import type { Lead } from '../domain/lead.ts';
import { leadSchema } from '../domain/lead.ts';
import { mergeLeads } from './mergeLeads.ts';

const now = '2026-04-01T00:00:00.000Z';
const primary: Lead = {
  ...exampleRecords.leads,
  status: 'contacted',
  phone: '',
  notes: 'Met at booth.',
  score: 42,
  answers: [{ questionId: 'q-demo', yes: true }],
};
const secondary: Lead = {
  ...exampleRecords.leads,
  id: '0195a3c2-7f00-7000-8000-0000000000f1',
  status: 'new',
  title: 'Purchasing Manager',
  email: 'wang.li@gmail.com',
  phone: '+86 138 0013 8000',
  notes: 'Called back, wants a quote.',
  companySize: 120,
  answers: [
    { questionId: 'q-demo', yes: false },
    { questionId: 'q-budget', optionIds: ['gte100k'] },
  ],
  mergedLeadIds: ['0195a3c2-7f00-7000-8000-0000000000f2'],
};
const activity = (id: string, leadId: string): Activity => ({
  ...exampleRecords.activities,
  id,
  related: { collection: 'leads', id: leadId },
  contactIds: [],
});
const onSecondary = activity('0195a3c2-7f00-7000-8000-0000000000e1', secondary.id);
const onPrimary = activity('0195a3c2-7f00-7000-8000-0000000000e2', primary.id);

describe('mergeLeads', () => {
  it("keeps primary's values, fills its blanks, joins notes and unites answers", () => {
    const { merged } = mergeLeads({ primary, secondary, now });
    expect(merged).toMatchObject({
      id: primary.id,
      status: 'contacted',
      title: '采购经理',
      email: primary.email,
      phone: '+86 138 0013 8000',
      companySize: 120,
      notes: 'Met at booth.\n\nCalled back, wants a quote.',
      answers: [
        { questionId: 'q-demo', yes: true },
        { questionId: 'q-budget', optionIds: ['gte100k'] },
      ],
      mergedLeadIds: [secondary.id, '0195a3c2-7f00-7000-8000-0000000000f2'],
      updatedAt: now,
    });
    expect(merged.score).toBeUndefined();
    expect(leadSchema.parse(merged)).toEqual(merged);
  });

  it('takes the fields the user chose from the secondary lead', () => {
    const { merged } = mergeLeads({
      primary,
      secondary,
      choices: { title: 'secondary', email: 'secondary', notes: 'primary' },
      now,
    });
    expect(merged).toMatchObject({
      title: 'Purchasing Manager',
      email: 'wang.li@gmail.com',
      notes: 'Met at booth.',
    });
  });

  it("moves the secondary lead's activities to the primary and nothing else", () => {
    const { repointedActivities } = mergeLeads({
      primary,
      secondary,
      activities: [onSecondary, onPrimary],
      now,
    });
    expect(repointedActivities).toEqual([
      { ...onSecondary, related: { collection: 'leads', id: primary.id }, updatedAt: now },
    ]);
  });

  it('refuses to merge a lead with itself or a converted lead', () => {
    expect(() => mergeLeads({ primary, secondary: primary, now })).toThrow(
      expect.objectContaining({ code: 'cannotMergeSameLead' }),
    );
    expect(() =>
      mergeLeads({ primary, secondary: { ...secondary, status: 'converted' }, now }),
    ).toThrow(expect.objectContaining({ code: 'cannotMergeConvertedLead' }));
  });
});
