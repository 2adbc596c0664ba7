import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoiceCounterName } from '../../src/server/sync/assignFinalInvoiceNumber.ts';
import type { SettingValue } from '../../src/shared/domain/setting.ts';
import { newId } from '../../src/shared/ids/newId.ts';
import { adminCredentials, startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';

type NumberSeriesValue = Extract<SettingValue, { kind: 'numberSeries' }>;
type Series = NumberSeriesValue['series'][number];

const at = (minute: number) => `2026-11-27T10:${String(minute).padStart(2, '0')}:00.000Z`;
const invoice = (prefix: string, includeYear = true): Series => ({
  document: 'invoice',
  prefix,
  includeYear,
  padding: 4,
  nextNumber: 1,
});

describe.each(storeKinds)('number series pushes on %s', (kind: StoreKind) => {
  let server: TestServer;
  let people: Awaited<ReturnType<typeof seedTestTeam>>;
  const tokens: Record<string, string> = {};
  const id = newId(Date.parse(at(0)));
  let minute = 0;
  let master: Record<string, unknown> | undefined;

  beforeEach(async () => {
    minute = 0;
    master = undefined;
    server = await startTestServer(kind);
    people = await seedTestTeam(server.store);
    for (const [name, person] of Object.entries(people)) {
      tokens[name] = await server.login(person.email, person.password);
    }
    tokens.admin = await server.login(adminCredentials.email, adminCredentials.password);
  });
  afterEach(async () => server.close());

  /** Pushes the number series setting as `who`; returns the rejection code, or 'ok'. */
  async function pushSeries(who: string, series: Series[]): Promise<string> {
    minute += 1;
    const next = {
      id,
      ownerId: people.manager.id,
      createdAt: at(0),
      updatedAt: at(minute),
      key: 'numberSeries',
      value: { kind: 'numberSeries', series } satisfies NumberSeriesValue,
      _deleted: false,
    };
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/sync/settings/push',
      headers: { authorization: `Bearer ${tokens[who]}` },
      payload: [{ ...(master ? { assumedMasterState: master } : {}), newDocumentState: next }],
    });
    expect(response.statusCode).toBe(200);
    const header = response.headers['x-fieldbook-rejections'];
    const [rejection] =
      typeof header === 'string'
        ? (JSON.parse(decodeURIComponent(header)) as Array<{ code: string }>)
        : [];
    if (response.json().length === 0) master = next;
    return rejection?.code ?? (response.json().length === 0 ? 'ok' : 'conflict');
  }

  async function storedInvoicePrefix(): Promise<string | undefined> {
    const [doc] = await server.store.getDocuments('settings', [id]);
    const value = doc?.data.value as NumberSeriesValue | undefined;
    return value?.series.find((entry) => entry.document === 'invoice')?.prefix;
  }

  it('refuses a rep changing the number series and keeps the stored one', async () => {
    expect(await pushSeries('admin', [invoice('RE-')])).toBe('ok');
    expect(await pushSeries('rep1', [invoice('HACK-')])).toBe('forbidden');
    expect(await storedInvoicePrefix()).toBe('RE-');
    const [rejected] = await server.store.searchAudit({ action: 'write_rejected', limit: 5 });
    expect(rejected).toMatchObject({
      collection: 'settings',
      recordId: id,
      actorId: people.rep1.id,
    });
  });

  it('refuses a format whose invoice numbers repeat a run the server already counted', async () => {
    // Three final invoices were numbered RE-2026-0001..0003 under an earlier format.
    await server.store.write(async (tx) => {
      await tx.advanceCounter(
        invoiceCounterName(
          { document: 'invoice', prefix: 'RE-', includeYear: true, padding: 4 },
          at(0),
        ),
        3,
      );
    });
    expect(await pushSeries('admin', [invoice('BILL-')])).toBe('ok');
    // `RE-2026-` without the year would print RE-2026-0001 again: refused, although the stored
    // series (BILL-) never had that prefix.
    expect(await pushSeries('admin', [invoice('RE-2026-', false)])).toBe('invalidNumberSeries');
    expect(await pushSeries('manager', [invoice('Q-')])).toBe('invalidNumberSeries');
    expect(await pushSeries('manager', [{ ...invoice('BILL-'), nextNumber: 9 }])).toBe(
      'invalidNumberSeries',
    );
    expect(await storedInvoicePrefix()).toBe('BILL-');
    expect(await pushSeries('manager', [invoice('RE-')])).toBe('ok');
  });
});
