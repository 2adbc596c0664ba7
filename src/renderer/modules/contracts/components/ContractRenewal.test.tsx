import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldbookData } from '../../../data/index.ts';
import { fixedClock, quoteSeed, renderQuotesApp } from '../../quotes/testing/quotesTestApp.tsx';
import { actAs, openQuotesTestData } from '../../quotes/testing/quotesTestData.ts';

let data: FieldbookData;
const rep = { id: '0190a000-0000-7000-8000-000000000031', role: 'rep' } as const;
const clock = fixedClock('2026-03-02T08:00:00.000Z');
const signature = 'data:image/png;base64,iVBORw0KGgo=';

beforeEach(async () => {
  localStorage.clear();
  actAs('rep', rep.id);
  data = await openQuotesTestData();
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await data.close();
});

async function sentQuote(accountName: string) {
  const seed = quoteSeed(data, clock, rep);
  const account = await seed.accounts.createAccount({ name: accountName });
  const quote = await seed.quotes.createQuote({
    accountId: account.id,
    currency: 'CNY',
    language: 'en',
  });
  await seed.quotes.addFreeLine(quote.id, {
    description: 'Maintenance plan',
    quantity: 1,
    unitPrice: 120_000,
    taxRateBps: 600,
  });
  return seed.quotes.send(quote.id);
}

describe('contract renewal reminders', () => {
  it('accepting with a signature adds the renewal task, which shows in My tasks', async () => {
    const quote = await sentQuote('Harbor Logistics');
    const { user, router } = renderQuotesApp(data, `/quotes/${quote.id}`, clock);
    await user.click(await screen.findByRole('button', { name: 'Record acceptance' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Record acceptance of ${quote.number}`,
    });
    await user.type(within(dialog).getByLabelText(/Signer name/), 'Wang Fang');
    // happy-dom draws nothing on a canvas (its PNG is empty); Chromium's real one is in the e2e.
    vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(signature);
    const pad = within(dialog).getByRole('img', { name: 'Signature' });
    fireEvent.pointerDown(pad, { pointerId: 1, clientX: 10, clientY: 10 });
    fireEvent.pointerMove(pad, { pointerId: 1, clientX: 80, clientY: 40 });
    fireEvent.pointerUp(pad, { pointerId: 1, clientX: 80, clientY: 40 });
    // The term starts today by the app's clock and runs a year.
    expect((within(dialog).getByLabelText('Contract start') as HTMLInputElement).value).toBe(
      '2026-03-02',
    );
    expect((within(dialog).getByLabelText('Contract end') as HTMLInputElement).value).toBe(
      '2027-03-01',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record acceptance' }));

    let contractNumber = '';
    await waitFor(async () => {
      const stored = (await data.db.collections.quotes?.findOne(quote.id).exec())?.toJSON();
      expect(stored?.contract).toMatchObject({ endsOn: '2027-03-01', renewalOn: '2026-12-31' });
      contractNumber = stored?.acceptance?.contractNumber ?? '';
    });
    const subject = `Talk renewal of contract ${contractNumber} (ends Mar 1, 2027)`;
    await waitFor(async () => {
      const tasks = (await data.db.collections.activities?.find().exec())?.map((doc) =>
        doc.toJSON(),
      );
      expect(tasks?.map((task) => [task.type, task.subject, task.dueAt, task.assigneeId])).toEqual([
        ['task', subject, '2026-12-31T00:00:00.000Z', rep.id],
      ]);
      // The kind and values stay with the task, for readers of another language.
      expect(tasks?.[0]?.generatedSubject).toEqual({
        kind: 'contractRenewal',
        params: { contractNumber, endsOn: '2027-03-01' },
      });
    });

    await router.navigate('/tasks');
    const upcoming = await screen.findByRole('region', { name: 'Upcoming' });
    expect(await within(upcoming).findByText(subject)).toBeTruthy();
    // A colleague reading in Chinese (or the rep switching) sees it in Chinese.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-CN');
    const later = await screen.findByRole('region', { name: '即将到期' });
    expect(
      await within(later).findByText(`商谈合同 ${contractNumber} 续约（2027年3月1日 到期）`),
    ).toBeTruthy();
  });

  it('lists contracts as active, expiring within 30 days or expired by the app clock', async () => {
    const terms = [
      ['Active Co', '2026-01-01', '2026-12-31'],
      ['Expiring Co', '2025-04-01', '2026-03-31'],
      ['Expired Co', '2025-03-01', '2026-02-28'],
    ] as const;
    for (const [name, startsOn, endsOn] of terms) {
      const quote = await sentQuote(name);
      await quoteSeed(data, clock, rep).quotes.accept(quote.id, {
        signedBy: 'Li Na',
        signatureDataUrl: signature,
        contract: { startsOn, endsOn },
      });
    }
    renderQuotesApp(data, '/contracts', clock);
    const table = await screen.findByRole('table', { name: 'Contracts' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    const statusOf = (name: string) =>
      within(table)
        .getAllByRole('row')
        .find((row) => row.textContent?.includes(name))
        ?.querySelector('td:last-child')?.textContent;
    // Account names arrive on their own live query.
    await waitFor(() => expect(statusOf('Active Co')).toBe('Active'));
    expect(statusOf('Expiring Co')).toBe('Expiring within 30 days');
    expect(statusOf('Expired Co')).toBe('Expired');
  });
});
