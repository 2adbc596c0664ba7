import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../../../data/index.ts';
import { fixedClock, quoteSeed, renderQuotesApp } from '../testing/quotesTestApp.tsx';
import { actAs, openQuotesTestData } from '../testing/quotesTestData.ts';

let data: FieldbookData;
const rep = { id: '0190a000-0000-7000-8000-000000000011', role: 'rep' } as const;
const manager = { id: '0190a000-0000-7000-8000-000000000012', role: 'manager' } as const;
const clock = fixedClock('2026-03-02T08:00:00.000Z');

beforeEach(async () => {
  localStorage.clear();
  actAs('rep', rep.id);
  data = await openQuotesTestData();
  const asManager = quoteSeed(data, clock, manager);
  await asManager.saveSetting({
    kind: 'quoteTermsTemplates',
    templates: [
      {
        id: 'en-std',
        name: 'Standard',
        language: 'en',
        text: 'Delivery within 4 weeks.',
        isDefault: true,
      },
      {
        id: 'en-svc',
        name: 'Services',
        language: 'en',
        text: 'Services billed monthly.',
        isDefault: false,
      },
      { id: 'zh-std', name: '标准条款', language: 'zh-CN', text: '四周内交货。', isDefault: true },
    ],
  });
  await asManager.saveSetting({
    kind: 'paymentTerms',
    terms: [
      { id: 'n15', label: { zh: '15 天账期', en: 'Net 15' }, days: 15, isDefault: false },
      { id: 'n45', label: { zh: '45 天账期', en: 'Net 45' }, days: 45, isDefault: true },
    ],
  });
});

afterEach(async () => {
  cleanup();
  await data.close();
});

async function storedQuote(id: string) {
  return (await data.db.collections.quotes?.findOne(id).exec())?.toJSON();
}

describe('quote terms from settings', () => {
  it('pre-fills the default template of the quote language and the default payment terms', async () => {
    const seed = quoteSeed(data, clock, rep);
    const account = await seed.accounts.createAccount({ name: 'Nordlicht GmbH' });
    const english = await seed.quotes.createQuote({
      accountId: account.id,
      currency: 'EUR',
      language: 'en',
    });
    const chinese = await seed.quotes.createQuote({
      accountId: account.id,
      currency: 'CNY',
      language: 'zh-CN',
    });
    expect([english.terms, english.paymentTermsDays]).toEqual(['Delivery within 4 weeks.', 45]);
    expect([chinese.terms, chinese.paymentTermsDays]).toEqual(['四周内交货。', 45]);

    // An account with its own agreed terms (finance's, here the manager's) keeps them.
    const agreed = await seed.accounts.createAccount({ name: 'Harbor' });
    await quoteSeed(data, clock, manager).accounts.setCreditTerms(agreed.id, {
      paymentTermsDays: 60,
    });
    const own = await seed.quotes.createQuote({ accountId: agreed.id, currency: 'EUR' });
    expect([own.terms, own.paymentTermsDays]).toEqual(['', 60]);
  });

  it('picks another template and payment terms in the builder and carries them into the contract', async () => {
    const seed = quoteSeed(data, clock, rep);
    const account = await seed.accounts.createAccount({ name: 'Nordlicht GmbH' });
    const quote = await seed.quotes.createQuote({
      accountId: account.id,
      currency: 'EUR',
      language: 'en',
    });
    const { user } = renderQuotesApp(data, `/quotes/${quote.id}`, clock);
    const terms = await screen.findByRole('textbox', { name: 'Terms and conditions' });
    expect((terms as HTMLTextAreaElement).value).toBe('Delivery within 4 weeks.');
    const payment = screen.getByRole('combobox', { name: 'Payment terms' });
    expect((payment as HTMLInputElement).value).toBe('Net 45');

    await user.click(screen.getByRole('combobox', { name: 'Start from a template' }));
    await user.click(await screen.findByRole('option', { name: 'Services (English)' }));
    await waitFor(async () =>
      expect((await storedQuote(quote.id))?.terms).toBe('Services billed monthly.'),
    );
    expect((terms as HTMLTextAreaElement).value).toBe('Services billed monthly.');

    await user.click(payment);
    await user.click(await screen.findByRole('option', { name: 'Net 15' }));
    await waitFor(async () => expect((await storedQuote(quote.id))?.paymentTermsDays).toBe(15));
    await waitFor(() => expect((payment as HTMLInputElement).value).toBe('Net 15'));

    // Accepted without naming other terms, the contract (and so its orders and invoices) gets them.
    await seed.quotes.addFreeLine(quote.id, {
      description: 'Consulting',
      quantity: 1,
      unitPrice: 50_000,
      taxRateBps: 0,
    });
    await seed.quotes.send(quote.id);
    const accepted = await seed.quotes.accept(quote.id, {
      signedBy: 'Anna Berg',
      signatureDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
      contract: { startsOn: '2026-03-02', termMonths: 12 },
    });
    expect(accepted.contract?.paymentTermsDays).toBe(15);
  });
});
