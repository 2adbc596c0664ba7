import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccountCommands } from '../../src/renderer/data/accounts/accountCommands.ts';
import { createQuoteCommands } from '../../src/renderer/data/quotes/quoteCommands.ts';
import { collectionOf } from '../../src/renderer/data/records/recordStore.ts';
import { readSetting, saveSetting } from '../../src/renderer/data/settings/settingsStore.ts';
import type { CollectionName } from '../../src/shared/domain/collections.ts';
import type { Quote } from '../../src/shared/domain/quote.ts';
import { type Device, openDevice, startSyncServer, testClock } from './replicationDevices.ts';

type Env = Awaited<ReturnType<typeof startSyncServer>>;

let env: Env;
let devices: Device[] = [];
const clock = testClock('2026-11-02T08:00:00.000Z');
const collections: CollectionName[] = ['leads', 'accounts', 'quotes', 'settings'];

async function device(member: 'rep1' | 'manager') {
  const opened = await openDevice({
    baseUrl: env.baseUrl,
    member: env.people[member],
    clock,
    collections,
  });
  devices.push(opened);
  const person = env.people[member];
  const context = { data: opened.data, clock, user: { id: person.id, role: person.role } };
  return { ...opened, context, quotes: createQuoteCommands(context) };
}

async function quoteOn(target: Device, id: string): Promise<Quote | undefined> {
  return (await collectionOf(target.data, 'quotes').findOne(id).exec())?.toJSON() as
    | Quote
    | undefined;
}

beforeEach(async () => {
  env = await startSyncServer();
});

afterEach(async () => {
  for (const opened of devices) await opened.close();
  devices = [];
  await env.server.close();
});

describe('quote approval round-trip through the real server', { timeout: 30_000 }, () => {
  it('rep requests offline, manager approves, rep sends; self-approval lands in Sync issues', async () => {
    const manager = await device('manager');
    await saveSetting(manager.context, {
      kind: 'approvalThresholds',
      rules: [{ id: 'cny', currency: 'CNY', maxDiscountBps: 1000, approverRole: 'manager' }],
    });
    await manager.awaitInSync();

    const rep = await device('rep1');
    await expect
      .poll(async () => (await readSetting(rep.data, 'approvalThresholds'))?.value.rules.length, {
        timeout: 5000,
      })
      .toBe(1);
    const series = rep.data.sync.session.get()?.numberSeries?.deviceCode;
    expect(series).toMatch(/^[A-Z]+[2-9]$/);

    // Offline: build a quote with a 20 % line discount and ask for approval.
    rep.connectivity.setOnline(false);
    await expect.poll(() => rep.status().state).toBe('offline');
    clock.advance();
    const account = await createAccountCommands(rep.context).createAccount({
      name: '杭州云帆科技',
    });
    let quote = await rep.quotes.createQuote({ accountId: account.id, currency: 'CNY' });
    expect(quote.number).toBe(`Q-2026-${series}-0001`);
    quote = await rep.quotes.addFreeLine(quote.id, {
      description: '年度维护服务',
      quantity: 1,
      unitPrice: 50_000_00,
      taxRateBps: 600,
    });
    quote = await rep.quotes.updateLine(quote.id, quote.lines[0]?.id ?? '', { discountBps: 2000 });
    await expect(rep.quotes.send(quote.id)).rejects.toMatchObject({ code: 'approvalRequired' });
    clock.advance();
    quote = await rep.quotes.requestApproval(quote.id);
    expect(quote.status).toBe('pending_approval');
    rep.connectivity.setOnline(true);
    await rep.awaitInSync();

    // The manager's device receives it and approves with a comment.
    await expect
      .poll(async () => (await quoteOn(manager, quote.id))?.status, { timeout: 5000 })
      .toBe('pending_approval');
    clock.advance();
    await manager.quotes.decideApproval(quote.id, {
      decision: 'approved',
      comment: '战略客户，同意 20% 折扣',
    });
    await manager.awaitInSync();

    // The rep's device sees the decision and can send.
    await expect
      .poll(async () => (await quoteOn(rep, quote.id))?.status, { timeout: 5000 })
      .toBe('approved');
    expect((await quoteOn(rep, quote.id))?.approval).toMatchObject({
      decidedBy: env.people.manager.id,
      decision: 'approved',
      comment: '战略客户，同意 20% 折扣',
    });
    clock.advance();
    await rep.quotes.send(quote.id);
    await rep.awaitInSync();
    const [onServer] = await env.server.store.getDocuments('quotes', [quote.id]);
    expect(onServer?.data).toMatchObject({ status: 'sent', number: `Q-2026-${series}-0001` });

    // A rep approving their own quote (an old or tampered client skips the local check).
    clock.advance();
    let second = await rep.quotes.createQuote({ accountId: account.id, currency: 'CNY' });
    second = await rep.quotes.setOrderDiscount(second.id, 1500);
    second = await rep.quotes.requestApproval(second.id);
    expect(second.number).toBe(`Q-2026-${series}-0002`);
    await rep.awaitInSync();
    await expect(
      rep.quotes.decideApproval(second.id, { decision: 'approved' }),
    ).rejects.toMatchObject({ code: 'cannotApproveOwnQuote' });
    clock.advance();
    const doc = await collectionOf(rep.data, 'quotes').findOne(second.id).exec();
    await doc?.incrementalModify((stored) => ({
      ...stored,
      status: 'approved',
      approval: {
        ...(stored.approval ?? { requestedBy: env.people.rep1.id, requestedAt: stored.updatedAt }),
        decidedBy: env.people.rep1.id,
        decision: 'approved',
        decidedAt: clock().toISOString(),
      },
      updatedAt: clock().toISOString(),
    }));
    await expect
      .poll(async () => (await rep.data.sync.store.listIssues()).map((issue) => issue.docId), {
        timeout: 5000,
      })
      .toEqual([second.id]);
    const [issue] = await rep.data.sync.store.listIssues();
    expect(issue).toMatchObject({ collection: 'quotes', code: 'roleNotAllowed' });
    expect(issue?.values).toMatchObject({ status: 'approved' });
    await expect
      .poll(async () => (await quoteOn(rep, second.id))?.status, { timeout: 5000 })
      .toBe('pending_approval');
    const [secondOnServer] = await env.server.store.getDocuments('quotes', [second.id]);
    expect(secondOnServer?.data.status).toBe('pending_approval');
  });
});
