import { afterEach, describe, expect, it } from 'vitest';
import { createAccountCommands } from '../accounts/accountCommands.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { freshDatabaseName, openTestData, steppingClock } from '../testing/openTestData.ts';
import { allocateNumber, deviceSeriesInfo } from './deviceNumbering.ts';
import { createQuoteCommands } from './quoteCommands.ts';

const opened: FieldbookData[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((data) => data.close()));
});

function signInAs(data: FieldbookData, deviceCode: string): void {
  data.sync.session.set({
    serverUrl: 'http://127.0.0.1:1',
    user: { id: 'rep-1', email: 'rep@example.com', name: 'Rep', role: 'rep', teamId: null },
    numberSeries: { deviceCode },
  });
}

describe('device number series', () => {
  it('gives 5 offline devices numbering at once 50 distinct, gap-free numbers each', async () => {
    const codes = ['A2', 'A3', 'A4', 'B7', 'Z9'];
    const devices = await Promise.all(
      codes.map(async (code) => {
        const data = await openTestData({ collections: ['leads', 'quotes'] });
        opened.push(data);
        signInAs(data, code);
        return data;
      }),
    );
    const now = new Date('2026-05-01T08:00:00.000Z');
    const numbers = await Promise.all(
      devices.flatMap((data) =>
        Array.from({ length: 50 }, () => allocateNumber(data, 'quote', now)),
      ),
    );
    expect(new Set(numbers).size).toBe(250);
    for (const code of codes) {
      const own = numbers.filter((number) => number.includes(`-${code}-`)).sort();
      expect(own).toHaveLength(50);
      expect(own[0]).toBe(`Q-2026-${code}-0001`);
      expect(own[49]).toBe(`Q-2026-${code}-0050`);
    }
  });

  it('continues after a restart from the quotes on the device, and falls back when signed out', async () => {
    const name = freshDatabaseName();
    const clock = steppingClock('2026-05-01T08:00:00.000Z');
    const user = { id: 'rep-1', role: 'rep' as const };
    let data = await openTestData({ name, collections: ['leads', 'accounts', 'quotes'] });
    expect(deviceSeriesInfo(data).source).toBe('local');
    signInAs(data, 'C5');
    expect(deviceSeriesInfo(data)).toEqual({ deviceCode: 'C5', source: 'server' });
    const account = await createAccountCommands({ data, clock, user }).createAccount({
      name: 'Acme',
    });
    const first = await createQuoteCommands({ data, clock, user }).createQuote({
      accountId: account.id,
      currency: 'EUR',
    });
    expect(first.number).toBe('Q-2026-C5-0001');
    await data.close();
    data = await openTestData({ name, collections: ['leads', 'accounts', 'quotes'] });
    opened.push(data);
    signInAs(data, 'C5');
    const second = await createQuoteCommands({ data, clock, user }).createQuote({
      accountId: account.id,
      currency: 'EUR',
    });
    expect(second.number).toBe('Q-2026-C5-0002');
  });
});
