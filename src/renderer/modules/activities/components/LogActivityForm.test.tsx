import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../../../data/index.ts';
import { leadCommandsFor, renderApp } from '../../../test/renderApp.tsx';
import { openPipelineTestData, storedRecords } from '../../pipeline/testing/pipelineTestData.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  data = await openPipelineTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

const storedActivities = () => storedRecords(data, 'activities');

describe('log activity on a lead', () => {
  it('logs a visit in two keystrokes and shows it on the timeline', async () => {
    const lead = await leadCommandsFor(data).createLead({
      firstName: 'Anna',
      lastName: 'Berg',
      company: 'Nordlicht GmbH',
      email: 'anna@nordlicht.de',
    });
    const { user } = renderApp(data, { path: `/leads/${lead.id}` });
    await screen.findByRole('heading', { name: 'Anna Berg', level: 1 });
    const form = screen.getByRole('form', { name: 'Log activity' });

    await user.keyboard('v');
    const subject = within(form).getByLabelText('What happened?');
    expect(document.activeElement).toBe(subject);
    expect(within(form).getByRole('button', { name: 'Visit' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await user.keyboard('Demo at their plant{Enter}');

    await waitFor(async () => expect(await storedActivities()).toHaveLength(1));
    expect((await storedActivities())[0]).toMatchObject({
      type: 'visit',
      subject: 'Demo at their plant',
      related: { collection: 'leads', id: lead.id },
    });
    const timeline = await screen.findByRole('list', { name: 'Timeline' });
    await within(timeline).findByText('Demo at their plant');
    expect((subject as HTMLInputElement).value).toBe('');
  });

  it('adds a task with a due date, and refuses an empty subject', async () => {
    const lead = await leadCommandsFor(data).createLead({
      company: 'Acme',
      phone: '+1 415 555 0134',
    });
    const { user } = renderApp(data, { path: `/leads/${lead.id}` });
    await screen.findByRole('heading', { name: 'Acme', level: 1 });
    const form = screen.getByRole('form', { name: 'Log activity' });

    await user.click(within(form).getByRole('button', { name: 'Task' }));
    await user.click(within(form).getByRole('button', { name: 'Add task' }));
    expect(within(form).getByText('Say what happened.')).toBeTruthy();

    await user.type(within(form).getByLabelText('Due'), '2030-05-01T09:30');
    await user.type(within(form).getByLabelText('What needs to be done?'), 'Send the offer{Enter}');
    await waitFor(async () => expect(await storedActivities()).toHaveLength(1));
    expect((await storedActivities())[0]).toMatchObject({
      type: 'task',
      subject: 'Send the offer',
      done: false,
      dueAt: new Date('2030-05-01T09:30').toISOString(),
    });
    await screen.findByRole('checkbox', { name: 'Complete “Send the offer”' });
    // Due at a time: the timeline says when.
    expect(screen.getByText(/^Due May 1, 2030, 9:30/)).toBeTruthy();

    // Due on a day (midnight): the day alone, not "12:00 AM".
    await user.type(within(form).getByLabelText('Due'), '2030-05-02T00:00');
    await user.type(within(form).getByLabelText('What needs to be done?'), 'Call back{Enter}');
    await screen.findByRole('checkbox', { name: 'Complete “Call back”' });
    expect(screen.getByText('Due May 2, 2030')).toBeTruthy();
  });
});
