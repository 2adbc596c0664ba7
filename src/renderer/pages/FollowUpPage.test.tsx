import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleRecords } from '../../shared/domain/exampleRecords.ts';
import { followUpTaskId } from '../data/import/followUpCommands.ts';
import type { FieldbookData } from '../data/index.ts';
import { createLeadCommands } from '../data/leads/leadCommands.ts';
import { collectionOf } from '../data/records/recordStore.ts';
import { openTestData, steppingClock } from '../data/testing/openTestData.ts';
import { setLocalProfile } from '../data/testing/setLocalProfile.ts';
import { renderApp } from '../test/renderApp.tsx';

let data: FieldbookData;
const event = exampleRecords.events;
const stamp = {
  ownerId: 'admin',
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
};

beforeEach(async () => {
  localStorage.clear();
  setLocalProfile({ id: 'manager-1', name: 'Zhang Wei', role: 'manager', teamId: 'team-east' });
  data = await openTestData({
    collections: ['leads', 'events', 'activities', 'settings', 'accounts'],
  });
  await collectionOf(data, 'events').insert(event);
  await collectionOf(data, 'settings').insert({
    id: '0195f3a0-0000-7000-8000-00000000f001',
    ...stamp,
    key: 'teamDirectory',
    value: {
      kind: 'teamDirectory',
      teams: [{ id: 'team-east', name: 'East', managerId: 'manager-1' }],
      users: [
        {
          id: 'manager-1',
          name: 'Zhang Wei',
          email: 'zw@example.cn',
          role: 'manager',
          teamId: 'team-east',
          active: true,
        },
        {
          id: 'rep-1',
          name: 'Li Na',
          email: 'ln@example.cn',
          role: 'rep',
          teamId: 'team-east',
          active: true,
        },
      ],
    },
  });
  const commands = createLeadCommands({
    data,
    clock: steppingClock(),
    user: { id: 'manager-1', role: 'manager' },
  });
  await commands.createLead({
    lastName: 'Chilly',
    company: 'Tiny Co',
    email: 'c@tiny.example',
    eventId: event.id,
    rating: 'cold',
  });
  await commands.createLead({
    firstName: '丽',
    lastName: '王',
    company: '华东机电有限公司',
    email: 'wangli@huadong.cn',
    phone: '+86 138 0013 8000',
    title: 'Purchasing director',
    eventId: event.id,
    rating: 'hot',
  });
  await commands.createLead({ lastName: 'Elsewhere', email: 'e@else.example', rating: 'hot' });
});

afterEach(async () => {
  cleanup();
  await data.close();
});

describe('event follow-up', () => {
  it('opens the show that started last, not one still ahead', async () => {
    const events = collectionOf(data, 'events');
    await events.insert({
      ...event,
      id: '0195f3a0-0000-7000-8000-00000000e001',
      name: 'LogiMAT 2025',
      startsOn: '2025-05-01',
      endsOn: '2025-05-03',
    });
    await events.insert({
      ...event,
      id: '0195f3a0-0000-7000-8000-00000000e002',
      name: 'CeMAT Asia 2099',
      startsOn: '2099-03-01',
      endsOn: '2099-03-04',
    });
    const { router } = renderApp(data, { path: '/follow-up' });
    const table = await screen.findByRole('table', { name: 'Leads of the event' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(router.state.location.pathname).toBe(`/events/${event.id}/follow-up`);
    expect(screen.getByRole('combobox', { name: 'Event' })).toHaveProperty('value', event.id);
    // The navigation still says where the person is: on Follow-up, not on Events.
    const nav = screen.getByRole('navigation');
    expect(within(nav).getByRole('link', { name: 'Follow-up' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(
      within(nav).getByRole('link', { name: 'Events' }).getAttribute('aria-current'),
    ).toBeNull();
  });

  it('lists the event’s leads best first, makes one task per hot lead, and assigns leads to a rep', async () => {
    const { user } = renderApp(data, { path: `/events/${event.id}/follow-up` });
    const table = await screen.findByRole('table', { name: 'Leads of the event' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first as HTMLElement).getByText('王丽')).toBeTruthy();
    expect(within(second as HTMLElement).getByText('Chilly')).toBeTruthy();
    expect(screen.queryByText('Elsewhere')).toBeNull();
    // Scores show once the score cache has built (no "—" left), highest first.
    await waitFor(() => {
      const scores = within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.querySelectorAll('td')[3]?.textContent ?? '');
      expect(scores.every((score) => /^\d+$/u.test(score))).toBe(true);
      expect(Number(scores[0])).toBeGreaterThanOrEqual(Number(scores[1]));
    });

    const wang = await data.leads.findOne({ selector: { lastName: '王' } }).exec();
    const taskId = followUpTaskId(wang?.id ?? '');
    await waitFor(async () =>
      expect(await collectionOf(data, 'activities').findOne(taskId).exec()).toBeTruthy(),
    );
    expect(await screen.findByText('1 follow-up task created for a hot lead')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Select 王丽' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Assign to' }), 'rep-1');
    await user.click(screen.getByRole('button', { name: 'Assign 1 lead' }));
    expect(await screen.findByText('1 lead assigned to Li Na')).toBeTruthy();
    await waitFor(async () => {
      const lead = await data.leads.findOne(wang?.id ?? '').exec();
      expect(lead?.ownerId).toBe('rep-1');
    });
    const task = await collectionOf(data, 'activities').findOne(taskId).exec();
    expect(task?.assigneeId).toBe('rep-1');
    expect(await collectionOf(data, 'activities').count().exec()).toBe(1);
  });
});
