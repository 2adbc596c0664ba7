import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDomainError } from '../../../shared/domain/DomainError.ts';
import { createAccountCommands } from '../accounts/accountCommands.ts';
import { createActivityCommands } from '../activities/activityCommands.ts';
import { createLeadCommands } from '../leads/leadCommands.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { collectionOf } from '../records/recordStore.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { createQualificationCommands } from './qualificationCommands.ts';

let data: FieldbookData;
const user = { id: 'rep-1', role: 'rep' } as const;
const clock = steppingClock();
const context = () => ({ data, clock, user });

beforeEach(async () => {
  data = await openTestData({
    collections: ['leads', 'activities', 'accounts', 'contacts', 'opportunities', 'settings'],
  });
});
afterEach(async () => {
  await data.close();
});

describe('mergeLeads command', () => {
  it('writes the merged lead, deletes the secondary and moves its activities', async () => {
    const leads = createLeadCommands(context());
    const primary = await leads.createLead({
      lastName: '王',
      firstName: '丽',
      company: '星辰科技',
      phone: '138 0013 8000',
    });
    const secondary = await leads.createLead({
      lastName: '王',
      firstName: '丽',
      company: '星辰科技有限公司',
      email: 'wang.li@xingchen.example.cn',
      title: '采购经理',
    });
    const activities = createActivityCommands(context());
    const call = await activities.logActivity({
      type: 'call',
      subject: 'Asked for prices',
      related: { collection: 'leads', id: secondary.id },
    });

    const merged = await createQualificationCommands(context()).mergeLeads({
      primaryId: primary.id,
      secondaryId: secondary.id,
      choices: { company: 'secondary' },
    });
    expect(merged).toMatchObject({
      id: primary.id,
      company: '星辰科技有限公司',
      email: 'wang.li@xingchen.example.cn',
      title: '采购经理',
      phone: '138 0013 8000',
      mergedLeadIds: [secondary.id],
    });
    expect(await data.leads.findOne(secondary.id).exec()).toBeNull();
    const stored = await data.leads.findOne(primary.id).exec();
    expect(stored?.get('company')).toBe('星辰科技有限公司');
    const moved = await collectionOf(data, 'activities').findOne(call.id).exec();
    expect(moved?.get('related')).toEqual({ collection: 'leads', id: primary.id });
  });

  it('refuses to merge a lead with itself', async () => {
    const lead = await createLeadCommands(context()).createLead({
      company: 'Acme',
      email: 'a@acme.example',
    });
    const error = await createQualificationCommands(context())
      .mergeLeads({ primaryId: lead.id, secondaryId: lead.id })
      .catch((caught: unknown) => caught);
    expect(isDomainError(error, 'cannotMergeSameLead')).toBe(true);
  });
});

describe('convertLead command', () => {
  async function qualifiedLead() {
    const leads = createLeadCommands(context());
    const lead = await leads.createLead({
      firstName: 'Anna',
      lastName: 'Schmidt',
      company: 'Acme GmbH',
      email: 'anna@acme.example',
    });
    await leads.changeLeadStatus(lead.id, 'qualified');
    return lead;
  }

  it('creates account, contact and opportunity, links the lead and moves its activities', async () => {
    const lead = await qualifiedLead();
    const note = await createActivityCommands(context()).logActivity({
      type: 'note',
      subject: 'Wants 20 units',
      related: { collection: 'leads', id: lead.id },
    });
    const result = await createQualificationCommands(context()).convertLead({
      leadId: lead.id,
      createOpportunity: true,
      amount: { amount: 1_500_000, currency: 'EUR' },
    });
    const account = await collectionOf(data, 'accounts').findOne(result.accountId).exec();
    expect(account?.get('name')).toBe('Acme GmbH');
    expect(account?.get('website')).toBe('https://acme.example');
    const contact = await collectionOf(data, 'contacts').findOne(result.contactId).exec();
    expect(contact?.get('accountId')).toBe(result.accountId);
    expect(result.opportunityId).toBeDefined();
    const opportunity = await collectionOf(data, 'opportunities')
      .findOne(result.opportunityId as string)
      .exec();
    expect(opportunity?.get('stage')).toBe('qualification');
    expect(opportunity?.get('probability')).toBe(20);
    const converted = await data.leads.findOne(lead.id).exec();
    expect(converted?.get('status')).toBe('converted');
    expect(converted?.get('convertedAccountId')).toBe(result.accountId);
    const moved = await collectionOf(data, 'activities').findOne(note.id).exec();
    expect(moved?.get('related')).toEqual({ collection: 'contacts', id: result.contactId });
  });

  it('attaches to an existing account found by findAccountMatches', async () => {
    const existing = await createAccountCommands(context()).createAccount({
      name: 'ACME GmbH',
      website: 'https://www.acme.example',
    });
    await createAccountCommands(context()).createAccount({ name: 'Zenith Ltd' });
    const lead = await qualifiedLead();
    const commands = createQualificationCommands(context());
    const matches = await commands.findAccountMatches(lead.id);
    expect(matches.map((account) => account.id)).toEqual([existing.id]);
    const result = await commands.convertLead({
      leadId: lead.id,
      accountId: existing.id,
      createOpportunity: false,
    });
    expect(result).toEqual({ accountId: existing.id, contactId: expect.any(String) });
    expect(await collectionOf(data, 'accounts').count().exec()).toBe(2);
  });

  it('refuses to convert a lead that is not qualified', async () => {
    const lead = await createLeadCommands(context()).createLead({
      company: 'Acme',
      email: 'a@acme.example',
    });
    const error = await createQualificationCommands(context())
      .convertLead({ leadId: lead.id, createOpportunity: false })
      .catch((caught: unknown) => caught);
    expect(isDomainError(error)).toBe(true);
    expect(await collectionOf(data, 'accounts').count().exec()).toBe(0);
  });
});
