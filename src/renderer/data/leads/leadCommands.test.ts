import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import type { Lead } from '../../../shared/domain/lead.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { LeadValidationError } from './LeadValidationError.ts';
import { createLeadCommands, type LeadCommands } from './leadCommands.ts';

let data: FieldbookData;
let commands: LeadCommands;

beforeEach(async () => {
  data = await openTestData({ collections: ['leads'] });
  commands = createLeadCommands({
    data,
    clock: steppingClock(),
    user: { id: 'rep-1', role: 'rep' },
  });
});

afterEach(async () => {
  await data.close();
});

const wangLi = {
  firstName: '丽',
  lastName: '王',
  company: '上海星辰科技有限公司',
  email: 'wang.li@xingchen.example.cn',
  phone: '138 0013 8000',
  source: 'trade_show',
} as const;

describe('lead commands', () => {
  it('creates a lead stamped with id, owner, times and status new', async () => {
    const lead = await commands.createLead(wangLi);
    expect(lead).toMatchObject({
      ...wangLi,
      ownerId: 'rep-1',
      status: 'new',
      createdAt: '2026-03-02T01:30:00.000Z',
      updatedAt: '2026-03-02T01:30:00.000Z',
      consent: { given: false },
    });
    expect(lead.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    const stored = await data.leads.findOne(lead.id).exec();
    expect(stored?.company).toBe('上海星辰科技有限公司');
    expect(stored?.createdAtDesc).toBeTypeOf('string');
  });

  it('refuses an invalid draft and writes nothing', async () => {
    const attempt = commands.createLead({ firstName: 'Ann', email: 'not-an-email' });
    await expect(attempt).rejects.toBeInstanceOf(LeadValidationError);
    await expect(attempt).rejects.toMatchObject({
      issues: [{ field: 'email', code: 'invalidEmail' }],
    });
    await expect(commands.createLead({ notes: 'no name, no contact' })).rejects.toMatchObject({
      issues: [
        { field: 'name', code: 'nameOrCompanyRequired' },
        { field: 'contact', code: 'contactRequired' },
      ],
    });
    expect(await data.leads.count().exec()).toBe(0);
  });

  it('updates fields, keeps identity and re-stamps updatedAt', async () => {
    const lead = await commands.createLead({ ...wangLi, rating: 'hot' });
    const updated = await commands.updateLead(lead.id, { title: '采购经理', rating: undefined });
    expect(updated).toMatchObject({ id: lead.id, createdAt: lead.createdAt, title: '采购经理' });
    expect(updated.rating).toBeUndefined();
    expect(updated.updatedAt > lead.updatedAt).toBe(true);
    const stored = await data.leads.findOne(lead.id).exec();
    expect(stored?.title).toBe('采购经理');
    expect(stored?.rating).toBeUndefined();
  });

  it('keeps what the edit form does not show: conversion, merge, attribution, qualification', async () => {
    const lead = await commands.createLead(wangLi);
    // As conversion, merging, web-to-lead and sync leave a lead.
    const beyondTheForm: Partial<Lead> = {
      convertedAt: '2026-03-02T02:00:00.000Z',
      convertedAccountId: '0195a3c2-7f00-7000-8000-0000000000a1',
      convertedContactId: '0195a3c2-7f00-7000-8000-0000000000a2',
      convertedOpportunityId: '0195a3c2-7f00-7000-8000-0000000000a3',
      mergedLeadIds: ['0195a3c2-7f00-7000-8000-0000000000a4'],
      attribution: { campaign: 'cemat-2026', formKey: 'booth-form' },
      assignment: { ruleId: 'east', ruleName: 'East China', at: '2026-03-02T01:31:00.000Z' },
      score: 64,
      region: '江苏',
      postalCode: '215000',
      productInterest: '手持扫描枪',
      companySize: 300,
      budget: { amount: 20_000_000, currency: 'CNY' },
      purchaseTimeline: 'within_3_months',
    };
    const doc = await data.leads.findOne(lead.id).exec();
    await doc?.incrementalPatch(beyondTheForm);
    const updated = await commands.updateLead(lead.id, { title: '采购经理' });
    expect(updated).toMatchObject({ ...beyondTheForm, title: '采购经理' });
    const stored = await data.leads.findOne(lead.id).exec();
    expect(stored?.toJSON()).toMatchObject(beyondTheForm);
  });

  it('refuses an invalid update and leaves the lead as it was', async () => {
    const lead = await commands.createLead(wangLi);
    await expect(commands.updateLead(lead.id, { phone: 'call me' })).rejects.toBeInstanceOf(
      LeadValidationError,
    );
    expect((await data.leads.findOne(lead.id).exec())?.phone).toBe(wangLi.phone);
  });

  it('changes status through the lead workflow', async () => {
    const lead = await commands.createLead(wangLi);
    expect((await commands.changeLeadStatus(lead.id, 'contacted')).status).toBe('contacted');
    await expect(commands.changeLeadStatus(lead.id, 'converted')).rejects.toBeInstanceOf(
      DomainError,
    );
    await expect(commands.changeLeadStatus(lead.id, 'disqualified')).rejects.toMatchObject({
      code: 'reasonRequired',
    });
    const out = await commands.changeLeadStatus(lead.id, 'disqualified', { reason: 'No budget' });
    expect(out).toMatchObject({ status: 'disqualified', disqualifyReason: 'No budget' });
    const back = await commands.changeLeadStatus(lead.id, 'new');
    expect(back.disqualifyReason).toBeUndefined();
  });

  it('deletes as a tombstone and restores on undo', async () => {
    const lead = await commands.createLead(wangLi);
    const deleted = await commands.deleteLead(lead.id);
    expect(deleted).toEqual(lead);
    expect(await data.leads.findOne(lead.id).exec()).toBeNull();
    // The tombstone stays in storage so replication can carry the deletion.
    const raw = await data.leads.storageInstance.findDocumentsById([lead.id], true);
    expect(raw[0]?._deleted).toBe(true);

    const restored = await commands.restoreLead(deleted);
    expect(restored).toMatchObject({ id: lead.id, company: lead.company });
    expect((await data.leads.findOne(lead.id).exec())?.company).toBe(lead.company);
  });

  it('says which lead is missing', async () => {
    await expect(
      commands.updateLead('0195a3c2-7f00-7000-8000-0000000000ff', {}),
    ).rejects.toMatchObject({
      code: 'notFound',
    });
  });
});
