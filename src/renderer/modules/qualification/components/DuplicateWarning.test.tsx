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

async function openCaptureWithExisting() {
  const existing = await leadCommandsFor(data).createLead({
    firstName: 'Anna',
    lastName: 'Berg',
    company: 'Nordlicht GmbH',
    email: 'anna.berg@nordlicht.de',
  });
  const view = renderApp(data);
  await screen.findByText('Anna Berg');
  await view.user.keyboard('{Control>}n{/Control}');
  const dialog = await screen.findByRole('dialog', { name: 'New lead' });
  await waitFor(() =>
    expect(document.activeElement).toBe(within(dialog).getByLabelText('First name')),
  );
  await view.user.keyboard('Anna{Tab}Berg{Tab}{Tab}{Tab}Anna.Berg@Nordlicht.de{Enter}');
  const alert = await within(dialog).findByRole('alert');
  return { ...view, dialog, alert, existing };
}

describe('duplicate warning on capture', () => {
  it('flags the likely duplicate before saving, and saves anyway on request', async () => {
    const { user, alert } = await openCaptureWithExisting();
    expect(within(alert).getByText('This lead may already exist')).toBeTruthy();
    expect(within(alert).getByText(/Anna Berg/)).toBeTruthy();
    expect(within(alert).getByText(/Same email/)).toBeTruthy();
    expect(within(alert).getByText(/\d+% match/)).toBeTruthy();
    expect(await storedRecords(data, 'leads')).toHaveLength(1);

    await user.click(within(alert).getByRole('button', { name: 'Save anyway' }));
    await waitFor(async () => expect(await storedRecords(data, 'leads')).toHaveLength(2));
  });

  it('merges the new lead into the existing one', async () => {
    const { user, alert, existing, dialog } = await openCaptureWithExisting();
    await user.click(within(alert).getByRole('button', { name: 'Merge into it' }));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).toBeNull());
    const leads = await storedRecords(data, 'leads');
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ id: existing.id, email: 'anna.berg@nordlicht.de' });
  });

  it('opens the existing lead', async () => {
    const { user, alert, existing, router } = await openCaptureWithExisting();
    await user.click(within(alert).getByRole('button', { name: 'Open existing' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/leads/${existing.id}`));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New lead' })).toBeNull());
  });
});
