import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Quote } from '../../../shared/domain/quote.ts';
import { computeQuoteTotals, printedTotals } from '../../../shared/money/computeQuoteTotals.ts';
import { createAccountCommands } from '../accounts/accountCommands.ts';
import { createContactCommands } from '../contacts/contactCommands.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { createOpportunityCommands } from '../opportunities/opportunityCommands.ts';
import { createProductCommands } from '../products/productCommands.ts';
import { createQuoteCommands } from '../quotes/quoteCommands.ts';
import { collectionOf } from '../records/recordStore.ts';
import { saveSetting } from '../settings/settingsStore.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { DataProvider } from './DataProvider.tsx';
import type { CurrentUser } from './localProfile.ts';
import { useProducts } from './useProducts.ts';
import { useQuoteCommands } from './useQuoteCommands.ts';
import { useQuoteDocument } from './useQuoteDocument.ts';
import { useContracts, usePendingApprovals, useQuote, useQuotes } from './useQuotes.ts';

let data: FieldbookData;
const clock = steppingClock('2026-03-02T02:00:00.000Z');
const rep: CurrentUser = { id: 'rep-1', name: 'Wang Li', role: 'rep', teamId: 'east' };
const manager: CurrentUser = { id: 'mgr-1', name: 'Zhao Min', role: 'manager', teamId: 'east' };
const signature = 'data:image/png;base64,iVBORw0KGgo=';

function wrapperFor(user: CurrentUser) {
  return ({ children }: { children: ReactNode }) => (
    <DataProvider data={data} clock={clock} currentUser={user}>
      {children}
    </DataProvider>
  );
}

let accountId = '';
let opportunityId = '';
let pumpId = '';

beforeEach(async () => {
  data = await openTestData({
    collections: [
      'leads',
      'accounts',
      'contacts',
      'activities',
      'opportunities',
      'products',
      'quotes',
      'settings',
    ],
  });
  const asManager = { data, clock, user: manager };
  await saveSetting(asManager, {
    kind: 'approvalThresholds',
    rules: [{ id: 'cny', currency: 'CNY', maxDiscountBps: 1000, approverRole: 'manager' }],
  });
  const pump = await createProductCommands(asManager).createProduct({
    sku: 'PUMP-100',
    name: { zh: '离心泵', en: 'Centrifugal pump' },
    unit: 'piece',
    prices: [{ amount: 1_000_00, currency: 'CNY' }],
    taxRateBps: 1300,
  });
  pumpId = pump.id;
  const asRep = { data, clock, user: rep };
  const account = await createAccountCommands(asRep).createAccount({ name: '上海宏达机械' });
  accountId = account.id;
  await createContactCommands(asRep).createContact({
    accountId,
    firstName: '伟',
    lastName: '张',
    title: '采购经理',
    isPrimary: true,
  });
  const opportunity = await createOpportunityCommands(asRep).createOpportunity({
    accountId,
    name: 'Pumps 2026',
    amount: { amount: 5_000_00, currency: 'CNY' },
    expectedCloseDate: '2026-06-30',
  });
  opportunityId = opportunity.id;
});
afterEach(async () => {
  await data.close();
});

describe('quote hooks and commands', () => {
  it('builds a quote from an opportunity, prices it exactly and lists it live', async () => {
    const { result } = renderHook(
      () => ({
        commands: useQuoteCommands(),
        byOpportunity: useQuotes({ opportunityId }),
        drafts: useQuotes({ status: 'draft' }),
        catalog: useProducts({ search: '离心', activeOnly: true }),
      }),
      { wrapper: wrapperFor(rep) },
    );
    await waitFor(() =>
      expect(result.current.catalog.rows.map((p) => p.sku)).toEqual(['PUMP-100']),
    );
    let quote: Quote | undefined;
    await act(async () => {
      const commands = result.current.commands;
      quote = await commands.createQuote({
        opportunityId,
        accountId,
        currency: 'CNY',
        language: 'en',
      });
      quote = await commands.addCatalogLine(quote.id, { productId: pumpId, quantity: 3 });
      quote = await commands.addFreeLine(quote.id, {
        description: 'Installation',
        quantity: 2.5,
        unitPrice: 333_33,
        taxRateBps: 600,
      });
      const lineId = quote.lines[0]?.id ?? '';
      quote = await commands.updateLine(quote.id, lineId, { discountBps: 500 });
    });
    expect(quote?.number).toMatch(/^Q-2026-L[A-Z]{4}[2-9]-0001$/);
    expect(
      quote?.lines.map((line) => [line.description, line.quantityMilli, line.unitPrice]),
    ).toEqual([
      ['Centrifugal pump', 3000, 1_000_00],
      ['Installation', 2500, 333_33],
    ]);
    // 3 × 1000.00 − 5 % = 2850.00 (+13 % = 370.50); 2.5 × 333.33 = 833.33 (+6 % = 50.00)
    expect(quote?.totals).toEqual({
      subtotal: 3_833_33,
      discount: 150_00,
      tax: 420_50,
      total: 4_103_83,
    });
    expect(result.current.commands.needsApproval(quote as Quote)).toBe(false);
    await waitFor(() =>
      expect(result.current.byOpportunity.rows.map((q) => q.id)).toEqual([quote?.id]),
    );
    expect(result.current.drafts.rows).toHaveLength(1);
  });

  it('runs approval, sending, revision, acceptance and the contract list', async () => {
    const repView = renderHook(
      () => ({ commands: useQuoteCommands(), contracts: useContracts() }),
      {
        wrapper: wrapperFor(rep),
      },
    );
    const managerView = renderHook(
      () => ({ commands: useQuoteCommands(), pending: usePendingApprovals() }),
      { wrapper: wrapperFor(manager) },
    );
    let quote = await createQuoteCommands({ data, clock, user: rep }).createQuote({
      accountId,
      currency: 'CNY',
    });
    const repCommands = repView.result.current.commands;
    quote = await repCommands.addCatalogLine(quote.id, { productId: pumpId, quantity: 1 });
    quote = await repCommands.setOrderDiscount(quote.id, 1500);
    expect(repCommands.needsApproval(quote)).toBe(true);
    await expect(repCommands.send(quote.id)).rejects.toMatchObject({ code: 'approvalRequired' });
    quote = await repCommands.requestApproval(quote.id);
    await expect(
      repCommands.decideApproval(quote.id, { decision: 'approved' }),
    ).rejects.toMatchObject({ code: 'cannotApproveOwnQuote' });
    await waitFor(() =>
      expect(managerView.result.current.pending.map((q) => q.id)).toEqual([quote.id]),
    );
    quote = await managerView.result.current.commands.decideApproval(quote.id, {
      decision: 'approved',
      comment: 'OK for this customer',
    });
    expect(quote.approval).toMatchObject({ decidedBy: 'mgr-1', decision: 'approved' });
    await waitFor(() => expect(managerView.result.current.pending).toEqual([]));
    quote = await repCommands.send(quote.id);
    expect(quote.status).toBe('sent');
    quote = await repCommands.revise(quote.id, 'customer asked for 2');
    expect([quote.status, quote.version, quote.previousVersions.length]).toEqual(['draft', 2, 1]);
    quote = await repCommands.setOrderDiscount(quote.id, 0);
    quote = await repCommands.send(quote.id);
    quote = await repCommands.accept(quote.id, {
      signedBy: '张伟',
      signerTitle: '采购经理',
      signatureDataUrl: signature,
      contract: { startsOn: '2026-03-02', termMonths: 12 },
      renewalTaskSubject: ({ contractNumber, endsOn }) => `Renew ${contractNumber} (${endsOn})`,
    });
    expect(quote.acceptance?.contractNumber).toMatch(/^C-2026-L[A-Z]{4}[2-9]-0001$/);
    expect(quote.contract).toMatchObject({ endsOn: '2027-03-01', paymentTermsDays: 30 });
    const tasks = await collectionOf(data, 'activities').find().exec();
    expect(tasks.map((task) => [task.type, task.subject, task.dueAt, task.related.id])).toEqual([
      [
        'task',
        `Renew ${quote.acceptance?.contractNumber} (2027-03-01)`,
        '2026-12-31T00:00:00.000Z',
        accountId,
      ],
    ]);
    await waitFor(() =>
      expect(repView.result.current.contracts.map((row) => [row.quote.id, row.status])).toEqual([
        [quote.id, 'active'],
      ]),
    );
  });

  it('adds catalog lines without VAT for a customer abroad, as the company profile says', async () => {
    await saveSetting(
      { data, clock, user: manager },
      { kind: 'companyProfile', name: 'Fieldbook Demo（上海）有限公司', country: 'CN' },
    );
    const asRep = { data, clock, user: rep };
    const keller = await createAccountCommands(asRep).createAccount({
      name: 'Keller Feinmechanik GmbH',
      country: 'DE',
    });
    await createAccountCommands(asRep).updateAccount(accountId, { country: 'CN' });
    const commands = createQuoteCommands(asRep);
    const abroad = await commands.createQuote({ accountId: keller.id, currency: 'CNY' });
    const home = await commands.createQuote({ accountId, currency: 'CNY' });
    const exportLine = await commands.addCatalogLine(abroad.id, { productId: pumpId, quantity: 1 });
    const domesticLine = await commands.addCatalogLine(home.id, { productId: pumpId, quantity: 1 });
    expect(exportLine.lines[0]?.taxRateBps).toBe(0);
    expect(exportLine.totals.tax).toBe(0);
    expect(domesticLine.lines[0]?.taxRateBps).toBe(1300);
  });

  it('resolves the print model: customer, contact, product names in the quote language', async () => {
    const commands = createQuoteCommands({ data, clock, user: rep });
    let quote = await commands.createQuote({ accountId, currency: 'CNY', language: 'zh-CN' });
    quote = await commands.addCatalogLine(quote.id, { productId: pumpId, quantity: 2 });
    const id = quote.id;
    const { result } = renderHook(() => ({ doc: useQuoteDocument(id), one: useQuote(id) }), {
      wrapper: wrapperFor(rep),
    });
    await waitFor(() => expect(result.current.doc).toBeDefined());
    expect(result.current.doc).toMatchObject({
      language: 'zh-CN',
      customer: { name: '上海宏达机械', contact: { name: '张伟', title: '采购经理' } },
      lines: [{ position: 1, sku: 'PUMP-100', description: '离心泵', quantityMilli: 2000 }],
      quote: { currency: 'CNY', orderDiscountBps: 0 },
    });
    // The model carries what the print prices: its lines give the quote's totals.
    const doc = result.current.doc;
    if (!doc) throw new Error('no print model');
    const priced = computeQuoteTotals({ ...doc.quote, lines: doc.lines });
    expect(printedTotals(priced)).toEqual({
      subtotal: 2_000_00,
      orderDiscount: 0,
      tax: 260_00,
      total: 2_260_00,
    });
    expect(result.current.one.quote?.number).toBe(quote.number);
  });
});
