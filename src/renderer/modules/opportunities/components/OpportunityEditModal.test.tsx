import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type FieldbookData,
  useAccountCommands,
  useOpportunityCommands,
} from '../../../data/index.ts';
import { renderApp } from '../../../test/renderApp.tsx';
import {
  hookValueFor,
  openPipelineTestData,
  storedRecords,
} from '../../pipeline/testing/pipelineTestData.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  data = await openPipelineTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

async function deal() {
  const account = await hookValueFor(data, useAccountCommands).createAccount({
    name: 'Keller Feinmechanik GmbH',
  });
  return hookValueFor(data, useOpportunityCommands).createOpportunity({
    accountId: account.id,
    name: 'Keller scanners',
    amount: { amount: 15_000_000, currency: 'EUR' },
    expectedCloseDate: '2027-02-26',
    stage: 'proposal',
  });
}

describe('editing a deal', () => {
  it('keeps amount, odds, close date, forecast call and next step current', async () => {
    const opportunity = await deal();
    const { user } = renderApp(data, { path: `/opportunities/${opportunity.id}` });
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit deal' });
    const amount = within(dialog).getByRole('textbox', { name: 'Amount' });
    expect(amount).toHaveProperty('value', '150000.00');

    await user.clear(amount);
    await user.type(amount, 'about 120k');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Probability (%)' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Probability (%)' }), '140');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(within(dialog).getByText('Enter a whole percentage from 0 to 100.')).toBeTruthy();
    expect(within(dialog).getByText(/Enter an amount/)).toBeTruthy();
    expect((await storedRecords(data, 'opportunities'))[0]).toMatchObject({
      amount: { amount: 15_000_000, currency: 'EUR' },
    });

    await user.clear(amount);
    await user.type(amount, '128,500');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Probability (%)' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Probability (%)' }), '60');
    fireEvent.change(within(dialog).getByLabelText(/Expected close/), {
      target: { value: '2027-01-15' },
    });
    await user.click(within(dialog).getByRole('combobox', { name: 'Forecast category' }));
    await user.click(await screen.findByRole('option', { name: 'Commit' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Next step' }),
      'Send the revised quote on Friday',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit deal' })).toBeNull());
    expect((await storedRecords(data, 'opportunities'))[0]).toMatchObject({
      amount: { amount: 12_850_000, currency: 'EUR' },
      probability: 60,
      expectedCloseDate: '2027-01-15',
      forecastCategory: 'commit',
      nextStep: 'Send the revised quote on Friday',
      stage: 'proposal',
    });
    expect(await screen.findByText('Send the revised quote on Friday')).toBeTruthy();
  });

  it('hands the forecast call back to the stage and clears the next step', async () => {
    const opportunity = await hookValueFor(data, useOpportunityCommands).updateOpportunity(
      (await deal()).id,
      { forecastCategory: 'best_case', nextStep: 'Call Anna' },
    );
    const { user } = renderApp(data, { path: `/opportunities/${opportunity.id}` });
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit deal' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Forecast category' }));
    await user.click(await screen.findByRole('option', { name: 'By stage' }));
    await user.clear(within(dialog).getByRole('textbox', { name: 'Next step' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => {
      const [stored] = await storedRecords(data, 'opportunities');
      expect(stored?.forecastCategory).toBeUndefined();
      expect(stored?.nextStep).toBeUndefined();
    });
  });
});
