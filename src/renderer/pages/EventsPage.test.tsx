import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventCommands } from '../data/events/eventCommands.ts';
import type { FieldbookData } from '../data/index.ts';
import { steppingClock } from '../data/testing/openTestData.ts';
import { setLocalProfile } from '../data/testing/setLocalProfile.ts';
import { openPipelineTestData } from '../modules/pipeline/testing/pipelineTestData.tsx';
import { leadCommandsFor, renderApp } from '../test/renderApp.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  setLocalProfile({ id: 'manager-1', name: '张伟', role: 'manager' });
  data = await openPipelineTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

const show = (name: string, startsOn: string) => ({
  name,
  kind: 'trade_show' as const,
  startsOn,
  endsOn: startsOn,
  qualificationQuestions: [],
  notes: '',
});

describe('the events list', () => {
  it('counts the leads each event brought in, live, and links them to their follow-up', async () => {
    const events = createEventCommands({
      data,
      clock: steppingClock(),
      user: { id: 'manager-1', role: 'manager' },
    });
    const cemat = await events.createEvent(show('CeMAT Asia 2026', '2026-11-18'));
    await events.createEvent(show('CIIE 2026', '2026-11-05'));
    const leads = leadCommandsFor(data);
    for (const email of ['a@keller-fm.de', 'b@harbor.example.com']) {
      await leads.createLead({ company: 'Booth visitor', email, eventId: cemat.id });
    }
    await leads.createLead({ company: 'Walk-in', email: 'c@example.cn' });

    renderApp(data, { path: '/events' });
    const cematLink = await screen.findByRole('link', {
      name: 'Follow up CeMAT Asia 2026 (2)',
    });
    expect(cematLink.textContent).toBe('2');
    expect(cematLink.getAttribute('href')).toContain(cemat.id);
    expect(screen.getByRole('link', { name: 'Follow up CIIE 2026 (0)' })).toBeTruthy();
    // The list is the Events link's page, not Follow-up's.
    const nav = screen.getByRole('navigation');
    expect(within(nav).getByRole('link', { name: 'Events' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(
      within(nav).getByRole('link', { name: 'Follow-up' }).getAttribute('aria-current'),
    ).toBeNull();

    // A lead captured at the booth now shows up without a reload.
    await leads.createLead({ company: 'Late visitor', email: 'd@example.cn', eventId: cemat.id });
    await waitFor(() =>
      expect(
        within(screen.getByRole('table')).getByRole('link', {
          name: 'Follow up CeMAT Asia 2026 (3)',
        }),
      ).toBeTruthy(),
    );
  });
});
