import { describe, expect, it } from 'vitest';
import type { Lead } from '../../../../shared/domain/lead.ts';
import {
  emptyLeadFormValues,
  formValueIssues,
  formValuesToDraft,
  leadToFormValues,
} from './leadFormValues.ts';

const lead: Lead = {
  id: '0195a3c2-7f00-7000-8000-000000000001',
  ownerId: 'rep-1',
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  firstName: '丽',
  lastName: '王',
  company: '苏州恒达精密制造有限公司',
  title: '采购经理',
  email: 'wang.li@hengda.example.cn',
  phone: '+86 139 1000 2000',
  source: 'trade_show',
  status: 'contacted',
  notes: '',
  consent: { given: true, at: '2026-11-20T02:00:00.000Z' },
  industry: '制造',
  companySize: 300,
  budget: { amount: 25_000_000, currency: 'CNY' },
  purchaseTimeline: 'within_3_months',
  region: '江苏',
};

describe('the lead form’s qualification fields', () => {
  it('edit the stored values exactly: money in major units, sizes as typed', () => {
    const values = leadToFormValues(lead);
    expect(values).toMatchObject({
      industry: '制造',
      companySize: '300',
      budget: '250000.00',
      budgetCurrency: 'CNY',
      purchaseTimeline: 'within_3_months',
      region: '江苏',
      country: '',
    });
    expect(formValuesToDraft(values, lead.consent)).toMatchObject({
      industry: '制造',
      companySize: 300,
      budget: { amount: 25_000_000, currency: 'CNY' },
      purchaseTimeline: 'within_3_months',
      region: '江苏',
      country: undefined,
    });
  });

  it('read a typed budget in its currency, with thousands separators', () => {
    const values = { ...emptyLeadFormValues(), budget: '1,500.50', budgetCurrency: 'USD' };
    expect(formValuesToDraft(values).budget).toEqual({ amount: 150_050, currency: 'USD' });
    const yen = { ...emptyLeadFormValues(), budget: '120000', budgetCurrency: 'JPY' };
    expect(formValuesToDraft(yen).budget).toEqual({ amount: 120_000, currency: 'JPY' });
  });

  it('clear a field that was emptied', () => {
    const values = { ...leadToFormValues(lead), budget: ' ', companySize: '', region: '' };
    const draft = formValuesToDraft(values, lead.consent);
    expect(draft.budget).toBeUndefined();
    expect(draft.companySize).toBeUndefined();
    expect(draft.region).toBeUndefined();
  });

  it('refuse what is not an amount or a head count instead of dropping it', () => {
    const values = {
      ...emptyLeadFormValues(),
      budget: '1,5OO',
      companySize: '2.5',
    };
    expect(formValueIssues(values)).toEqual([
      { field: 'budget', code: 'invalidAmount' },
      { field: 'companySize', code: 'invalidCount' },
    ]);
    expect(formValueIssues({ ...values, budget: '-10', companySize: '-3' })).toHaveLength(2);
    expect(formValueIssues(leadToFormValues(lead))).toEqual([]);
  });
});
