import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FieldbookData, useAccountCommands } from '../../../data/index.ts';
import { leadCommandsFor, renderApp } from '../../../test/renderApp.tsx';
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

async function qualifiedLead() {
  const commands = leadCommandsFor(data);
  const lead = await commands.createLead({
    firstName: '丽',
    lastName: '王',
    company: '上海星辰科技有限公司',
    email: 'wangli@xingchen.cn',
  });
  await commands.changeLeadStatus(lead.id, 'contacted');
  await commands.changeLeadStatus(lead.id, 'qualified');
  return lead;
}

describe('convert lead dialog', () => {
  it('creates an account, a contact and a deal, then opens the deal', async () => {
    const lead = await qualifiedLead();
    const { user, router } = renderApp(data, { path: `/leads/${lead.id}` });
    await user.click(await screen.findByRole('button', { name: 'Convert' }));
    const dialog = await screen.findByRole('dialog', { name: 'Convert lead' });
    const createNew = await within(dialog).findByRole('radio', {
      name: 'Create new account “上海星辰科技有限公司”',
    });
    expect((createNew as HTMLInputElement).checked).toBe(true);

    await user.click(within(dialog).getByRole('button', { name: 'Convert lead' }));
    expect(within(dialog).getByText('Enter an amount, like 12,000.')).toBeTruthy();

    await user.type(within(dialog).getByRole('textbox', { name: 'Amount' }), '120,000');
    await user.click(within(dialog).getByRole('button', { name: 'Convert lead' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/opportunities\//));
    const [opportunity] = await storedRecords(data, 'opportunities');
    expect(opportunity).toMatchObject({
      name: '上海星辰科技有限公司 deal',
      // No currencies setting: the company's currency is the yuan, whatever the UI language.
      amount: { amount: 12_000_000, currency: 'CNY' },
    });
    expect(await storedRecords(data, 'accounts')).toHaveLength(1);
    expect(await storedRecords(data, 'contacts')).toHaveLength(1);
    await screen.findByRole('heading', { name: '上海星辰科技有限公司 deal', level: 1 });
  });

  it('starts the deal at the budget the lead named, in its currency', async () => {
    const lead = await qualifiedLead();
    await leadCommandsFor(data).updateLead(lead.id, {
      budget: { amount: 15_000_000, currency: 'EUR' },
    });
    const { user, router } = renderApp(data, { path: `/leads/${lead.id}` });
    await user.click(await screen.findByRole('button', { name: 'Convert' }));
    const dialog = await screen.findByRole('dialog', { name: 'Convert lead' });
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Amount' })).toHaveProperty(
        'value',
        '150000.00',
      ),
    );
    expect(within(dialog).getByRole('combobox', { name: 'Currency' })).toHaveProperty(
      'value',
      'EUR',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Convert lead' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/opportunities\//));
    const [opportunity] = await storedRecords(data, 'opportunities');
    expect(opportunity).toMatchObject({ amount: { amount: 15_000_000, currency: 'EUR' } });
  });

  it('offers the matching account and attaches the contact to it without a deal', async () => {
    const lead = await qualifiedLead();
    const account = await hookValueFor(data, useAccountCommands).createAccount({
      name: '上海星辰科技',
      website: 'https://www.xingchen.cn',
    });
    const { user, router } = renderApp(data, { path: `/leads/${lead.id}` });
    await user.click(await screen.findByRole('button', { name: 'Convert' }));
    const dialog = await screen.findByRole('dialog', { name: 'Convert lead' });
    const existing = await within(dialog).findByRole('radio', { name: 'Add to 上海星辰科技' });
    expect((existing as HTMLInputElement).checked).toBe(true);

    await user.click(within(dialog).getByRole('checkbox', { name: 'Create a deal' }));
    await user.click(within(dialog).getByRole('button', { name: 'Convert lead' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/accounts/${account.id}`));
    expect(await storedRecords(data, 'accounts')).toHaveLength(1);
    expect(await storedRecords(data, 'opportunities')).toHaveLength(0);
    expect((await storedRecords(data, 'contacts'))[0]).toMatchObject({ accountId: account.id });
  });
});
