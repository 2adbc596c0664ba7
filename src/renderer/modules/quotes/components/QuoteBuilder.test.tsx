import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FieldbookData, useAccountCommands, useQuoteCommands } from '../../../data/index.ts';
import { saveSetting } from '../../../data/settings/settingsStore.ts';
import { renderApp } from '../../../test/renderApp.tsx';
import { hookValueFor } from '../../pipeline/testing/pipelineTestData.tsx';
import { actAs, openQuotesTestData } from '../testing/quotesTestData.ts';

let data: FieldbookData;
const repId = '0190a000-0000-7000-8000-000000000001';
const managerId = '0190a000-0000-7000-8000-000000000002';

beforeEach(async () => {
  localStorage.clear();
  actAs('rep', repId);
  data = await openQuotesTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

async function seedQuote() {
  const account = await hookValueFor(data, useAccountCommands).createAccount({
    name: 'Nordlicht GmbH',
  });
  const commands = hookValueFor(data, useQuoteCommands);
  const quote = await commands.createQuote({
    accountId: account.id,
    currency: 'CNY',
    language: 'en',
  });
  await commands.addFreeLine(quote.id, {
    description: 'Installation',
    quantity: 2,
    unitPrice: 100_000,
    taxRateBps: 1300,
  });
  return quote;
}

describe('quote builder', () => {
  it('updates the totals while a quantity is typed, then saves it on Enter', async () => {
    const quote = await seedQuote();
    const { user } = renderApp(data, { path: `/quotes/${quote.id}` });
    await waitFor(() => expect(screen.getByTestId('quote-total').textContent).toBe('CN¥2,260.00'));
    const quantity = screen.getByRole('textbox', { name: 'Quantity, line 1' });
    await user.clear(quantity);
    await user.type(quantity, '3');
    // Live, before anything is saved: 3 × 1,000.00 + 13 % tax.
    expect(screen.getByTestId('quote-subtotal').textContent).toBe('CN¥3,000.00');
    expect(screen.getByTestId('quote-total').textContent).toBe('CN¥3,390.00');
    await user.keyboard('{Enter}');
    await waitFor(async () => {
      const stored = await data.db.collections.quotes?.findOne(quote.id).exec();
      expect(stored?.toJSON().totals.total).toBe(339_000);
    });

    const discount = screen.getByRole('textbox', { name: 'Discount %, line 1' });
    await user.clear(discount);
    await user.type(discount, '10');
    // The line shows its amount after its discount, and the subtotal is the sum of those
    // amounts: the figures add up as a customer checks them, with no discount row of their own.
    expect(screen.getByTestId('line-net-1').textContent).toBe('CN¥2,700.00');
    expect(screen.getByTestId('quote-subtotal').textContent).toBe('CN¥2,700.00');
    expect(screen.queryByTestId('quote-orderDiscount')).toBeNull();
    expect(screen.getByTestId('quote-total').textContent).toBe('CN¥3,051.00');
    await user.keyboard('{Enter}');

    // 5 % off the order: its own row, taken off the subtotal before tax.
    const orderDiscount = screen.getByRole('textbox', { name: 'Order discount' });
    await user.clear(orderDiscount);
    await user.type(orderDiscount, '5');
    expect(screen.getByText('Order discount 5%')).toBeTruthy();
    expect(screen.getByTestId('quote-orderDiscount').textContent).toBe('−CN¥135.00');
    expect(screen.getByTestId('quote-subtotal').textContent).toBe('CN¥2,700.00');
    expect(screen.getByTestId('quote-tax').textContent).toBe('CN¥333.45');
    expect(screen.getByTestId('quote-total').textContent).toBe('CN¥2,898.45');
  });

  it('lists a pending approval for the manager, who must comment to reject it', async () => {
    const quote = await seedQuote();
    await hookValueFor(data, useQuoteCommands).requestApproval(quote.id);
    actAs('manager', managerId);
    const { user } = renderApp(data, { path: '/approvals' });
    const table = await screen.findByRole('table', { name: 'Pending approvals' });
    const row = within(table).getByRole('row', { name: quote.number });
    expect(within(row).getByText('Nordlicht GmbH')).toBeTruthy();
    expect(within(row).getByText('CN¥2,260.00')).toBeTruthy();

    await user.click(within(row).getByRole('button', { name: `Reject ${quote.number}` }));
    const dialog = await screen.findByRole('dialog', { name: `Reject quote ${quote.number}` });
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(within(dialog).getByText('Say why, so the rep knows what to change.')).toBeTruthy();
    await user.type(within(dialog).getByLabelText(/Comment for the rep/), 'Max 10 % please');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    await waitFor(async () => {
      const stored = (await data.db.collections.quotes?.findOne(quote.id).exec())?.toJSON();
      expect(stored?.approval).toMatchObject({ decision: 'rejected', comment: 'Max 10 % please' });
    });
  });
});

describe('customer declines a sent quote', () => {
  it('asks for the reason and records it with the quote', async () => {
    const quote = await seedQuote();
    await hookValueFor(data, useQuoteCommands).send(quote.id);
    const { user } = renderApp(data, { path: `/quotes/${quote.id}` });
    await user.click(await screen.findByRole('button', { name: 'Customer declined' }));
    const dialog = await screen.findByRole('dialog', { name: `Customer declined ${quote.number}` });
    await user.click(within(dialog).getByRole('button', { name: 'Mark as declined' }));
    expect(within(dialog).getByText('Enter the reason the customer gave.')).toBeTruthy();
    await user.type(
      within(dialog).getByLabelText(/Why the customer declined/),
      'Chose a cheaper offer',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Mark as declined' }));
    await waitFor(async () => {
      const stored = (await data.db.collections.quotes?.findOne(quote.id).exec())?.toJSON();
      expect(stored).toMatchObject({
        status: 'rejected',
        rejectionReason: 'Chose a cheaper offer',
      });
    });
    expect(screen.queryByRole('button', { name: 'Customer declined' })).toBeNull();
  });
});

describe('a quote to a customer abroad', () => {
  it('tells the rep that catalog lines come without VAT, and why', async () => {
    const manager = { id: managerId, role: 'manager' } as const;
    await saveSetting(
      { data, clock: () => new Date(), user: manager },
      { kind: 'companyProfile', name: 'Fieldbook Demo（上海）有限公司', country: 'CN' },
    );
    const accounts = hookValueFor(data, useAccountCommands);
    const commands = hookValueFor(data, useQuoteCommands);
    const berlin = await accounts.createAccount({ name: 'Nordlicht GmbH', country: 'DE' });
    const abroad = await commands.createQuote({ accountId: berlin.id, currency: 'EUR' });
    const { unmount } = renderApp(data, { path: `/quotes/${abroad.id}` });
    expect(
      await screen.findByText(
        'A customer in Germany: catalog lines come at 0% tax, a zero-rated export, and the printed quote says so.',
      ),
    ).toBeTruthy();
    unmount();

    const shanghai = await accounts.createAccount({ name: '上海华东贸易有限公司', country: 'CN' });
    const home = await commands.createQuote({ accountId: shanghai.id, currency: 'CNY' });
    renderApp(data, { path: `/quotes/${home.id}` });
    await screen.findByRole('heading', { name: new RegExp(home.number) });
    expect(screen.queryByText(/zero-rated/)).toBeNull();
  });
});
