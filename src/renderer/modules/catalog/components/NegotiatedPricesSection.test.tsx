import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../../../data/index.ts';
import { fixedClock, quoteSeed, renderQuotesApp } from '../../quotes/testing/quotesTestApp.tsx';
import { actAs, openQuotesTestData } from '../../quotes/testing/quotesTestData.ts';

let data: FieldbookData;
const rep = { id: '0190a000-0000-7000-8000-000000000021', role: 'rep' } as const;
const manager = { id: '0190a000-0000-7000-8000-000000000022', role: 'manager' } as const;
const clock = fixedClock('2026-03-02T08:00:00.000Z');

beforeEach(async () => {
  localStorage.clear();
  data = await openQuotesTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

async function seedCatalog() {
  const seed = quoteSeed(data, clock, manager);
  const account = await seed.accounts.createAccount({ name: '上海宏达机械' });
  const pump = await seed.products.createProduct({
    sku: 'PUMP-100',
    name: { zh: '离心泵', en: 'Centrifugal pump' },
    unit: 'piece',
    prices: [{ amount: 100_000, currency: 'CNY' }],
    taxRateBps: 1300,
  });
  const valve = await seed.products.createProduct({
    sku: 'VALVE-20',
    name: { zh: '阀门', en: 'Valve' },
    unit: 'piece',
    prices: [{ amount: 20_000, currency: 'CNY' }],
    taxRateBps: 1300,
  });
  return { account, pump, valve };
}

async function storedAccount(id: string) {
  return (await data.db.collections.accounts?.findOne(id).exec())?.toJSON();
}

describe('negotiated prices', () => {
  it('a manager agrees a price on the account page; a rep only reads it', async () => {
    const { account, pump } = await seedCatalog();
    actAs('manager', manager.id);
    const { user, unmount } = renderQuotesApp(data, `/accounts/${account.id}`, clock);
    const section = await screen.findByRole('region', { name: 'Negotiated prices' });
    expect(
      within(section).getByText('No negotiated prices: quotes use the list prices.'),
    ).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'Add negotiated price' }));
    const dialog = await screen.findByRole('dialog', { name: 'New negotiated price' });
    await user.click(within(dialog).getByRole('button', { name: 'Save price' }));
    expect(within(dialog).getByText('Choose a product.')).toBeTruthy();
    await user.click(within(dialog).getByRole('combobox', { name: /Product/ }));
    await user.click(await screen.findByRole('option', { name: 'PUMP-100 · Centrifugal pump' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Price/ }), '850');
    await user.type(within(dialog).getByLabelText('Valid until'), '2026-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'Save price' }));
    await waitFor(async () =>
      expect((await storedAccount(account.id))?.negotiatedPrices).toEqual([
        {
          productId: pump.id,
          price: { amount: 85_000, currency: 'CNY' },
          validUntil: '2026-12-31',
        },
      ]),
    );
    const row = await within(section).findByRole('row', { name: /PUMP-100/ });
    expect(within(row).getByText('CN¥850.00')).toBeTruthy();

    // Changed later: one price per product and currency.
    await user.click(
      within(row).getByRole('button', {
        name: 'Change price of PUMP-100 · Centrifugal pump in CNY',
      }),
    );
    const edit = await screen.findByRole('dialog', { name: 'Change negotiated price' });
    const price = within(edit).getByRole('textbox', { name: /Price/ });
    await user.clear(price);
    await user.type(price, '820.50');
    await user.click(within(edit).getByRole('button', { name: 'Save price' }));
    await waitFor(async () =>
      expect((await storedAccount(account.id))?.negotiatedPrices?.[0]?.price.amount).toBe(82_050),
    );
    unmount();

    actAs('rep', rep.id);
    renderQuotesApp(data, `/accounts/${account.id}`, clock);
    const readOnly = await screen.findByRole('region', { name: 'Negotiated prices' });
    await within(readOnly).findByText('CN¥820.50');
    expect(within(readOnly).queryByRole('button', { name: 'Add negotiated price' })).toBeNull();
    expect(within(readOnly).queryByRole('button', { name: /Change price of/ })).toBeNull();
  });

  it('the catalog picker marks and uses the negotiated price for this customer', async () => {
    const { account, pump, valve } = await seedCatalog();
    await quoteSeed(data, clock, manager).accounts.updateAccount(account.id, {
      negotiatedPrices: [
        { productId: pump.id, price: { amount: 85_000, currency: 'CNY' } },
        // Ran out yesterday: the list price applies again.
        {
          productId: valve.id,
          price: { amount: 15_000, currency: 'CNY' },
          validUntil: '2026-03-01',
        },
      ],
    });
    actAs('rep', rep.id);
    const quote = await quoteSeed(data, clock, rep).quotes.createQuote({
      accountId: account.id,
      currency: 'CNY',
      language: 'en',
    });
    const { user } = renderQuotesApp(data, `/quotes/${quote.id}`, clock);
    const picker = await screen.findByRole('combobox', { name: 'Add from catalog' });
    await user.click(picker);
    const pumpOption = await screen.findByRole('option', { name: /PUMP-100/ });
    expect(pumpOption.textContent).toBe('PUMP-100 · Centrifugal pump · CN¥850.00Negotiated');
    const valveOption = screen.getByRole('option', { name: /VALVE-20/ });
    expect(valveOption.textContent).toBe('VALVE-20 · Valve · CN¥200.00');

    await user.click(pumpOption);
    await waitFor(async () => {
      const stored = (await data.db.collections.quotes?.findOne(quote.id).exec())?.toJSON();
      expect(
        stored?.lines.map((line: { sku?: string; unitPrice: number }) => [
          line.sku,
          line.unitPrice,
        ]),
      ).toEqual([['PUMP-100', 85_000]]);
    });
    await waitFor(() => expect(screen.getByTestId('quote-subtotal').textContent).toBe('CN¥850.00'));
  });

  it('the catalog picker says which products have no price in the quote’s currency', async () => {
    const { account } = await seedCatalog();
    actAs('rep', rep.id);
    const quote = await quoteSeed(data, clock, rep).quotes.createQuote({
      accountId: account.id,
      currency: 'EUR',
      language: 'en',
    });
    const { user } = renderQuotesApp(data, `/quotes/${quote.id}`, clock);
    await user.click(await screen.findByRole('combobox', { name: 'Add from catalog' }));
    const pumpOption = await screen.findByRole('option', { name: /PUMP-100/ });
    expect(pumpOption.textContent).toBe('PUMP-100 · Centrifugal pump · no price in EUR');
    expect(pumpOption.getAttribute('aria-disabled')).toBe('true');
    await user.click(pumpOption);
    const stored = (await data.db.collections.quotes?.findOne(quote.id).exec())?.toJSON();
    expect(stored?.lines).toEqual([]);
  });
});
