import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../../../data/index.ts';
import { setLocalProfile } from '../../../data/testing/setLocalProfile.ts';
import { fixedClock, quoteSeed, renderQuotesApp } from '../../quotes/testing/quotesTestApp.tsx';
import { openQuotesTestData } from '../../quotes/testing/quotesTestData.ts';

let data: FieldbookData;
const admin = { id: '0190a000-0000-7000-8000-000000000021', role: 'admin' } as const;
const clock = fixedClock('2026-03-02T08:00:00.000Z');

beforeEach(async () => {
  localStorage.clear();
  setLocalProfile({ id: admin.id, name: 'Admin', role: 'admin' });
  // This device's own code before sign-in (see deviceNumbering), fixed so numbers are known.
  localStorage.setItem('fieldbook.localNumberSeries', 'LABCD7');
  data = await openQuotesTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

async function storedSeries() {
  const docs = await data.db.collections.settings
    ?.find({ selector: { key: 'numberSeries' } })
    .exec();
  return docs?.[0]?.toJSON().value;
}

describe('number series editor', () => {
  // Much typing through user-event: slow on a busy shared machine, so a wider limit.
  it('previews the next number, refuses a clashing prefix, shows the change and saves it', {
    timeout: 90_000,
  }, async () => {
    const seed = quoteSeed(data, clock, admin);
    const account = await seed.accounts.createAccount({ name: 'Nordlicht GmbH' });
    await seed.quotes.createQuote({ accountId: account.id, currency: 'EUR' });
    const second = await seed.quotes.createQuote({ accountId: account.id, currency: 'EUR' });
    expect(second.number).toBe('Q-2026-LABCD7-0002');

    const { user } = renderQuotesApp(data, '/settings/numberSeries', clock);
    await screen.findByRole('heading', { name: 'Number series' });
    // This device's quote run goes on where it is; no setting is stored yet.
    const quotePreview = screen.getByLabelText('Next Quote number');
    await waitFor(() => expect(quotePreview.textContent).toBe('Q-2026-LABCD7-0003'));
    expect(screen.getByLabelText('Next Invoice number').textContent).toBe('INV-2026-0001');
    expect(
      screen.getByText('On this device until it syncs: PROV-INV-2026-LABCD7-0001'),
    ).toBeTruthy();
    expect(screen.getByText('Counters cannot be edited')).toBeTruthy();

    const quotePrefix = screen.getByLabelText('Prefix of Quote numbers');
    await user.clear(quotePrefix);
    await user.type(quotePrefix, 'QT-');
    const quoteDigits = screen.getByLabelText('Digits of Quote numbers');
    await user.clear(quoteDigits);
    await user.type(quoteDigits, '6');
    await waitFor(() => expect(quotePreview.textContent).toBe('QT-2026-LABCD7-000001'));
    expect(screen.getByText(/^Quote: numbers start a new run at 1/)).toBeTruthy();

    // Orders may not begin like quotes, and 13 digits is more than the schema allows.
    const orderPrefix = screen.getByLabelText('Prefix of Order numbers');
    await user.clear(orderPrefix);
    await user.type(orderPrefix, 'QT-O-');
    await user.click(screen.getByRole('button', { name: 'Review and save' }));
    expect(
      await screen.findByText(/Begins like the Quote prefix QT- \(or the other way round\)/),
    ).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    const ticketDigits = screen.getByLabelText('Digits of Ticket numbers');
    await user.clear(ticketDigits);
    await user.type(ticketDigits, '13');
    await user.click(screen.getByRole('button', { name: 'Review and save' }));
    expect(await screen.findByText('Too long or too large.')).toBeTruthy();
    expect(await storedSeries()).toBeUndefined();

    await user.clear(orderPrefix);
    await user.type(orderPrefix, 'SO-');
    await user.clear(ticketDigits);
    await user.type(ticketDigits, '4');
    await user.click(screen.getByRole('button', { name: 'Review and save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save Number series?' });
    const rows = within(within(dialog).getByRole('table', { name: 'Changes' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent).slice(1)).toEqual([
      'series[quote].prefixQ-QT-',
      'series[quote].padding46',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await storedSeries()).toMatchObject({
        kind: 'numberSeries',
        series: expect.arrayContaining([
          { document: 'quote', prefix: 'QT-', includeYear: true, padding: 6, nextNumber: 1 },
          { document: 'order', prefix: 'SO-', includeYear: true, padding: 4, nextNumber: 1 },
        ]),
      }),
    );
    // The next quote made on this device prints what the preview showed.
    const third = await seed.quotes.createQuote({ accountId: account.id, currency: 'EUR' });
    expect(third.number).toBe('QT-2026-LABCD7-000001');
  });

  it('shows a rep the series and counters without letting them change anything', async () => {
    setLocalProfile({ id: 'rep-1', name: 'Wang Li', role: 'rep' });
    renderQuotesApp(data, '/settings/numberSeries', clock);
    await screen.findByRole('heading', { name: 'Number series' });
    expect((screen.getByLabelText('Prefix of Invoice numbers') as HTMLInputElement).disabled).toBe(
      true,
    );
    expect(screen.queryByRole('button', { name: 'Review and save' })).toBeNull();
    expect(
      screen.getByText('Only managers and administrators can change this setting.'),
    ).toBeTruthy();
  });
});
