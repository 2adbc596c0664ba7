import { cleanup, screen, waitFor } from '@testing-library/react';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/domain/activity.ts';
import type { FieldEvent } from '../../shared/domain/event.ts';
import { type FieldbookData, openFieldbookData } from '../data/index.ts';
import { fromLeadDoc } from '../data/leads/leadDocument.ts';
import { collectionOf, plainRecord } from '../data/records/recordStore.ts';
import { renderApp } from '../test/renderApp.tsx';

let data: FieldbookData;

const event: FieldEvent = {
  id: '01890000-0000-7000-8000-0000000000e1',
  ownerId: 'mgr-1',
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  name: 'CeMAT Asia 2026',
  kind: 'trade_show',
  startsOn: '2026-03-01',
  endsOn: '2026-03-04',
  notes: '',
  consent: { version: 'v3', textEn: 'You may contact me.', textZh: '同意联系我。' },
  qualificationQuestions: [
    {
      id: 'q-budget',
      type: 'single',
      prompt: 'Budget this year?',
      required: true,
      fills: 'budget',
      options: [
        { id: 'low', label: '< 100k', budget: { amount: 5_000_000, currency: 'CNY' } },
        { id: 'high', label: '≥ 100k', budget: { amount: 10_000_000, currency: 'CNY' } },
      ],
    },
    { id: 'q-demo', type: 'yesno', prompt: 'Wants a demo?', required: false, options: [] },
  ],
};

beforeEach(async () => {
  localStorage.clear();
  data = await openFieldbookData({
    name: `fieldbook-booth-${Date.now()}`,
    multiInstance: false,
    indexedDB,
    IDBKeyRange,
    collections: ['leads', 'events', 'activities'],
  });
  await collectionOf(data, 'events').insert(event);
  localStorage.setItem('fieldbook.activeEventId', event.id);
});

afterEach(async () => {
  cleanup();
  await data.close();
});

async function storedLeads() {
  const docs = await data.leads.find().exec();
  return docs.map((doc) => fromLeadDoc(doc._data));
}

describe('booth page', () => {
  it('captures a typed lead by keyboard: answers, rating, consent with its version, Enter', async () => {
    const { user } = renderApp(data, { path: '/booth' });
    await screen.findByRole('heading', { name: 'Booth: CeMAT Asia 2026' });
    await user.click(screen.getByLabelText('First name'));
    await user.keyboard('Mei{Tab}Chen{Tab}Harbor Logistics{Tab}{Tab}mei@harbor.com');
    await user.keyboard('{Escape}2y');
    await user.keyboard('h');
    await user.click(screen.getByRole('checkbox', { name: 'Consent to be contacted' }));
    await user.keyboard('{Enter}');

    await waitFor(async () => expect(await storedLeads()).toHaveLength(1));
    const [lead] = await storedLeads();
    expect(lead).toMatchObject({
      firstName: 'Mei',
      lastName: 'Chen',
      eventId: event.id,
      source: 'trade_show',
      rating: 'hot',
      answers: [
        { questionId: 'q-budget', optionIds: ['high'] },
        { questionId: 'q-demo', yes: true },
      ],
      consent: { given: true, text: 'You may contact me.', version: 'v3' },
      // The budget answer is the lead's budget, which the score reads.
      budget: { amount: 10_000_000, currency: 'CNY' },
    });
    expect(await screen.findByText('1 lead today')).toBeTruthy();
    expect(screen.getByText('1 hot')).toBeTruthy();
    // Ready for the next visitor: cleared, and typing starts in the first field again.
    const firstName = screen.getByLabelText<HTMLInputElement>('First name');
    expect(firstName.value).toBe('');
    expect(document.activeElement).toBe(firstName);
  });

  it('asks for a required answer, then turns the same visitor into a second visit', async () => {
    const { user } = renderApp(data, { path: '/booth' });
    await screen.findByRole('heading', { name: 'Booth: CeMAT Asia 2026' });
    const capture = async () => {
      await user.click(screen.getByLabelText('Email'));
      await user.keyboard('wei@lianhe.cn');
      await user.click(screen.getByLabelText('Company'));
      await user.keyboard('Lianhe');
      await user.click(screen.getByRole('button', { name: 'Save lead' }));
    };
    await capture();
    expect((await screen.findByRole('alert')).textContent).toContain('Budget this year?');
    await user.click(screen.getByRole('button', { name: '< 100k' }));
    await user.click(screen.getByRole('button', { name: 'Save lead' }));
    await waitFor(async () => expect(await storedLeads()).toHaveLength(1));

    await capture();
    await user.click(screen.getByRole('button', { name: '< 100k' }));
    await user.click(screen.getByRole('button', { name: 'Save lead' }));
    await user.click(await screen.findByRole('button', { name: 'Add visit to Lianhe' }));
    await waitFor(async () => {
      const visits = await collectionOf(data, 'activities').find().exec();
      expect(visits).toHaveLength(2);
    });
    expect(await storedLeads()).toHaveLength(1);
    const visits = await collectionOf(data, 'activities').find().exec();
    expect(plainRecord<Activity>(visits[0]?._data ?? {}).subject).toBe(
      'Booth visit: CeMAT Asia 2026',
    );
  });
});
