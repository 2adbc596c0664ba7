import { describe, expect, it } from 'vitest';
import { accountSchema } from '../domain/account.ts';
import type { Activity } from '../domain/activity.ts';
import { contactSchema } from '../domain/contact.ts';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { type Lead, leadSchema } from '../domain/lead.ts';
import { opportunitySchema } from '../domain/opportunity.ts';
import { convertLead } from './convertLead.ts';

const now = '2026-04-01T08:00:00.000Z';
const lead: Lead = { ...exampleRecords.leads, industry: 'Wholesale' };
const rep = { id: 'user-wang-li', role: 'rep' as const };
const ids = () => {
  let next = 0;
  return () => {
    next += 1;
    return `0195a3c2-7f00-7000-8000-0000000001${String(next).padStart(2, '0')}`;
  };
};
const onLead: Activity = {
  ...exampleRecords.activities,
  related: { collection: 'leads', id: lead.id },
  contactIds: [],
};
const elsewhere: Activity = {
  ...exampleRecords.activities,
  id: '0195a3c2-7f00-7000-8000-0000000000e9',
};

describe('convertLead', () => {
  it('creates an account, a contact and an opportunity and links the lead to them', () => {
    const result = convertLead({
      lead,
      options: { createOpportunity: true, amount: { amount: 2_598_000, currency: 'CNY' } },
      actor: rep,
      now,
      newId: ids(),
      activities: [onLead, elsewhere],
    });
    const [accountId, contactId, opportunityId] = [
      '0195a3c2-7f00-7000-8000-000000000101',
      '0195a3c2-7f00-7000-8000-000000000102',
      '0195a3c2-7f00-7000-8000-000000000103',
    ];
    expect(result.accountCreated).toBe(true);
    expect(result.account).toEqual({
      id: accountId,
      ownerId: lead.ownerId,
      createdAt: now,
      updatedAt: now,
      name: '上海华东贸易有限公司',
      industry: 'Wholesale',
      website: 'https://huadong-trade.cn',
      country: 'CN',
      tags: [],
      leadId: lead.id,
      notes: '',
    });
    expect(result.contact).toMatchObject({
      id: contactId,
      accountId,
      firstName: '丽',
      lastName: '王',
      title: '采购经理',
      email: lead.email,
      isPrimary: true,
      consent: lead.consent,
      leadId: lead.id,
    });
    expect(result.opportunity).toMatchObject({
      id: opportunityId,
      accountId,
      contactIds: [contactId],
      name: '上海华东贸易有限公司',
      stage: 'qualification',
      probability: 20,
      amount: { amount: 2_598_000, currency: 'CNY' },
      expectedCloseDate: '2026-06-30',
      leadId: lead.id,
      eventId: lead.eventId,
    });
    expect(result.updatedLead).toMatchObject({
      status: 'converted',
      convertedAt: now,
      convertedAccountId: accountId,
      convertedContactId: contactId,
      convertedOpportunityId: opportunityId,
      updatedAt: now,
    });
    expect(result.repointedActivities).toEqual([
      {
        ...onLead,
        related: { collection: 'contacts', id: contactId },
        contactIds: [contactId],
        updatedAt: now,
      },
    ]);
    accountSchema.parse(result.account);
    contactSchema.parse(result.contact);
    opportunitySchema.parse(result.opportunity);
    leadSchema.parse(result.updatedLead);
  });

  it('attaches to an existing account, leaves it unchanged and skips the opportunity', () => {
    const existing = exampleRecords.accounts;
    const result = convertLead({
      lead,
      existingAccount: existing,
      options: { createOpportunity: false },
      actor: rep,
      now,
      newId: ids(),
    });
    expect(result.account).toBe(existing);
    expect(result.accountCreated).toBe(false);
    expect(result.contact).toMatchObject({ accountId: existing.id, isPrimary: false });
    expect(result.opportunity).toBeUndefined();
    expect(result.updatedLead.convertedOpportunityId).toBeUndefined();
    expect(result.updatedLead.convertedAccountId).toBe(existing.id);
  });

  it('uses the chosen name, close date, stage and configured probability', () => {
    const { opportunity } = convertLead({
      lead,
      options: {
        createOpportunity: true,
        opportunityName: ' Scanners ',
        amount: { amount: 0, currency: 'USD' },
        expectedCloseDate: '2026-09-30',
        stage: 'proposal',
      },
      actor: rep,
      now,
      newId: ids(),
      stages: {
        kind: 'opportunityStages',
        stages: [{ stage: 'proposal', label: { zh: '报价', en: 'Quote' }, probability: 40 }],
      },
    });
    expect(opportunity).toMatchObject({
      name: 'Scanners',
      stage: 'proposal',
      probability: 40,
      expectedCloseDate: '2026-09-30',
    });
  });

  it('expects the deal to close when the lead said it would buy', () => {
    const closeOn = (purchaseTimeline: Lead['purchaseTimeline']) =>
      convertLead({
        lead: { ...lead, ...(purchaseTimeline ? { purchaseTimeline } : {}) },
        options: { createOpportunity: true, amount: { amount: 0, currency: 'CNY' } },
        actor: rep,
        now,
        newId: ids(),
        activities: [],
      }).opportunity?.expectedCloseDate;
    expect(closeOn('immediate')).toBe('2026-05-01');
    expect(closeOn('within_6_months')).toBe('2026-09-28');
    expect(closeOn('within_12_months')).toBe('2027-04-01');
    // Not said, or not known: a quarter.
    expect(closeOn(undefined)).toBe('2026-06-30');
    expect(closeOn('unknown')).toBe('2026-06-30');
  });

  it('names the account after the person when there is no company, without a free-mail website', () => {
    const solo = { ...lead, company: '', email: 'wangli@qq.com', country: 'China' };
    const { account } = convertLead({
      lead: solo,
      options: { createOpportunity: false },
      actor: rep,
      now,
      newId: ids(),
    });
    expect(account).toMatchObject({ name: '王丽' });
    expect(account.website).toBeUndefined();
    expect(account.country).toBeUndefined();
  });

  it('goes through the lead workflow: only a qualified lead converts, and not by finance', () => {
    const convert = (from: Lead, role: 'rep' | 'finance' = 'rep') =>
      convertLead({
        lead: from,
        options: { createOpportunity: false },
        actor: { id: 'u', role },
        now,
        newId: ids(),
      });
    expect(() => convert({ ...lead, status: 'new' })).toThrow(
      expect.objectContaining({ code: 'forbiddenTransition' }),
    );
    expect(() => convert({ ...lead, status: 'converted' })).toThrow(
      expect.objectContaining({ code: 'forbiddenTransition' }),
    );
    expect(() => convert(lead, 'finance')).toThrow(
      expect.objectContaining({ code: 'roleNotAllowed' }),
    );
  });

  it('refuses an opportunity without an amount and an account without a name', () => {
    expect(() =>
      convertLead({ lead, options: { createOpportunity: true }, actor: rep, now, newId: ids() }),
    ).toThrow(expect.objectContaining({ code: 'opportunityAmountRequired' }));
    const nameless = { ...lead, company: ' ', firstName: '', lastName: '' };
    expect(() =>
      convertLead({
        lead: nameless,
        options: { createOpportunity: false },
        actor: rep,
        now,
        newId: ids(),
      }),
    ).toThrow(expect.objectContaining({ code: 'accountNameRequired' }));
  });

  it('refuses an amount that is not integer minor units', () => {
    expect(() =>
      convertLead({
        lead,
        options: { createOpportunity: true, amount: { amount: 10.5, currency: 'CNY' } },
        actor: rep,
        now,
        newId: ids(),
      }),
    ).toThrow(expect.objectContaining({ code: 'amountNotInteger' }));
  });
});
