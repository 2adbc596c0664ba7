import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Quote } from '../../src/shared/domain/quote.ts';
import { newId } from '../../src/shared/ids/newId.ts';
import { adminCredentials, startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';

const at = (minute: number) => `2026-11-27T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe.each(storeKinds)('quote rules over HTTP on %s', (kind: StoreKind) => {
  let server: TestServer;
  let people: Awaited<ReturnType<typeof seedTestTeam>>;
  const tokens: Record<string, string> = {};
  let minute = 0;

  beforeEach(async () => {
    server = await startTestServer(kind);
    people = await seedTestTeam(server.store);
    for (const [name, person] of Object.entries(people)) {
      tokens[name] = await server.login(person.email, person.password);
    }
    tokens.admin = await server.login(adminCredentials.email, adminCredentials.password);
    const thresholds = {
      id: newId(Date.parse(at(0))),
      ownerId: people.manager.id,
      createdAt: at(0),
      updatedAt: at(0),
      key: 'approvalThresholds',
      value: {
        kind: 'approvalThresholds',
        rules: [{ id: 'cny', currency: 'CNY', maxDiscountBps: 1000, approverRole: 'manager' }],
      },
    };
    const saved = await push('manager', 'settings', [
      { newDocumentState: { ...thresholds, _deleted: false } },
    ]);
    expect(saved.json()).toEqual([]);
  });
  afterEach(async () => server.close());

  const push = (who: string, collection: string, rows: unknown) =>
    server.app.inject({
      method: 'POST',
      url: `/api/sync/${collection}/push`,
      headers: { authorization: `Bearer ${tokens[who]}` },
      payload: rows as object,
    });
  const rejectionsOf = (response: { headers: Record<string, unknown> }) => {
    const header = response.headers['x-fieldbook-rejections'];
    return typeof header === 'string'
      ? (JSON.parse(decodeURIComponent(header)) as Array<{ id: string; code: string }>)
      : [];
  };

  const draft = (ownerId: string, orderDiscountBps = 1500): Quote => ({
    id: newId(Date.parse(at(1))),
    ownerId,
    createdAt: at(1),
    updatedAt: at(1),
    accountId: newId(Date.parse(at(1))),
    number: `Q-2026-A2-${String(Math.floor(Math.random() * 9000) + 1000)}`,
    version: 1,
    status: 'draft',
    currency: 'CNY',
    lines: [],
    orderDiscountBps,
    totals: { subtotal: 0, discount: 0, tax: 0, total: 0 },
    validUntil: '2026-12-31',
    terms: '',
    previousVersions: [],
  });

  /** Pushes `next` over the server's `current`; returns the rejection code, or 'ok' when written. */
  async function change(who: string, current: Quote | undefined, next: Quote): Promise<string> {
    minute += 1;
    const response = await push(who, 'quotes', [
      {
        ...(current ? { assumedMasterState: { ...current, _deleted: false } } : {}),
        newDocumentState: { ...next, updatedAt: at(Math.min(59, 2 + minute)), _deleted: false },
      },
    ]);
    expect(response.statusCode).toBe(200);
    const [rejection] = rejectionsOf(response);
    return rejection?.code ?? (response.json().length === 0 ? 'ok' : 'conflict');
  }

  async function stored(id: string): Promise<Quote> {
    const [doc] = await server.store.getDocuments('quotes', [id]);
    return doc?.data as Quote;
  }

  it('lets only a manager other than the owner or requester decide, and only an approved quote be sent', async () => {
    const rep1 = people.rep1.id;
    const quote = draft(rep1);
    expect(await change('rep1', undefined, quote)).toBe('ok');
    let current = await stored(quote.id);
    // A draft over the threshold cannot go to the customer.
    expect(await change('rep1', current, { ...current, status: 'sent', sentAt: at(3) })).toBe(
      'approvalRequired',
    );
    const requested: Quote = {
      ...current,
      status: 'pending_approval',
      approval: { requestedBy: rep1, requestedAt: at(3) },
    };
    expect(await change('rep1', current, requested)).toBe('ok');
    current = await stored(quote.id);
    const decision = (by: string): Quote => ({
      ...current,
      status: 'approved',
      approval: {
        ...(current.approval ?? { requestedBy: rep1, requestedAt: at(3) }),
        decidedBy: by,
        decision: 'approved',
        comment: 'ok',
        decidedAt: at(4),
      },
    });
    // The rep approving their own quote, a rep of the team, a manager signing as someone else,
    // a status change without a decision: all refused.
    expect(await change('rep1', current, decision(rep1))).toBe('roleNotAllowed');
    expect(await change('rep2', current, decision(people.rep2.id))).toBe('not_found');
    expect(await change('manager', current, decision('someone-else'))).toBe('decisionNotYours');
    expect(await change('manager', current, { ...current, status: 'approved' })).toBe(
      'approvalRequired',
    );
    expect((await stored(quote.id)).status).toBe('pending_approval');
    expect(await change('manager', current, decision(people.manager.id))).toBe('ok');
    current = await stored(quote.id);
    expect(current.approval).toMatchObject({ decidedBy: people.manager.id, decision: 'approved' });
    // Once approved the price is fixed until the quote is revised.
    expect(
      await change('rep1', current, { ...current, orderDiscountBps: 3000, status: 'sent' }),
    ).toBe('quoteNotEditable');
    expect(await change('rep1', current, { ...current, status: 'sent', sentAt: at(5) })).toBe('ok');
  });

  it('refuses a manager approving their own quote, and needs a comment to decline', async () => {
    const own = draft(people.manager.id);
    expect(await change('manager', undefined, own)).toBe('ok');
    let current = await stored(own.id);
    const pending: Quote = {
      ...current,
      status: 'pending_approval',
      approval: { requestedBy: people.manager.id, requestedAt: at(3) },
    };
    expect(await change('manager', current, pending)).toBe('ok');
    current = await stored(own.id);
    const approve: Quote = {
      ...current,
      status: 'approved',
      approval: {
        requestedBy: people.manager.id,
        requestedAt: at(3),
        decidedBy: people.manager.id,
        decision: 'approved',
        decidedAt: at(4),
      },
    };
    expect(await change('manager', current, approve)).toBe('cannotApproveOwnQuote');
    // An admin may decide it; declining sends it back to draft and needs the comment.
    const decline = (comment?: string): Quote => ({
      ...current,
      status: 'draft',
      approval: {
        requestedBy: people.manager.id,
        requestedAt: at(3),
        decidedBy: 'admin',
        decision: 'rejected',
        decidedAt: at(5),
        ...(comment ? { comment } : {}),
      },
    });
    const adminId = (
      await server.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: `Bearer ${tokens.admin}` },
      })
    ).json().id as string;
    const byAdmin = (comment?: string) => {
      const next = decline(comment);
      return { ...next, approval: { ...next.approval, decidedBy: adminId } } as Quote;
    };
    expect(await change('admin', current, byAdmin())).toBe('reasonRequired');
    expect(await change('admin', current, byAdmin('Discount too deep'))).toBe('ok');
    expect((await stored(own.id)).status).toBe('draft');
  });

  it('accepts offline work pushed as its last state, but never past a missing approval', async () => {
    const rep1 = people.rep1.id;
    const sentOffline: Quote = { ...draft(rep1, 500), status: 'sent', sentAt: at(2) };
    expect(await change('rep1', undefined, sentOffline)).toBe('ok');
    const acceptedOffline: Quote = {
      ...draft(rep1, 500),
      id: newId(Date.parse(at(3))),
      status: 'accepted',
      sentAt: at(2),
      acceptance: { signedBy: '王丽', signedAt: at(3), contractNumber: 'C-2026-A2-0001' },
      contract: { startsOn: '2026-12-01', endsOn: '2027-11-30', paymentTermsDays: 30 },
    };
    expect(await change('rep1', undefined, acceptedOffline)).toBe('ok');
    const overLimit: Quote = { ...draft(rep1), id: newId(Date.parse(at(4))), status: 'sent' };
    expect(await change('rep1', undefined, overLimit)).toBe('approvalRequired');
    const selfApproved: Quote = {
      ...draft(people.manager.id),
      id: newId(Date.parse(at(5))),
      status: 'approved',
      approval: {
        requestedBy: people.manager.id,
        requestedAt: at(2),
        decidedBy: people.manager.id,
        decision: 'approved',
        decidedAt: at(3),
      },
    };
    expect(await change('manager', undefined, selfApproved)).toBe('approvalNotPending');
    const rejectedWithoutReason: Quote = {
      ...draft(rep1, 500),
      id: newId(Date.parse(at(6))),
      status: 'rejected',
    };
    expect(await change('rep1', undefined, rejectedWithoutReason)).toBe('reasonRequired');
  });

  it('lets a rep withdraw or revise back to draft without a stored reason, and send a quote within limits', async () => {
    const small = draft(people.rep1.id, 500);
    expect(await change('rep1', undefined, small)).toBe('ok');
    let current = await stored(small.id);
    expect(await change('rep1', current, { ...current, status: 'sent', sentAt: at(3) })).toBe('ok');
    current = await stored(small.id);
    const revised: Quote = {
      ...current,
      status: 'draft',
      version: 2,
      previousVersions: [
        {
          version: 1,
          status: 'sent',
          lines: [],
          orderDiscountBps: 500,
          totals: current.totals,
          validUntil: current.validUntil,
          revisedAt: at(4),
          revisedBy: people.rep1.id,
        },
      ],
    };
    delete revised.sentAt;
    expect(await change('rep1', current, revised)).toBe('ok');
  });
});

describe.each(storeKinds)('number series at sign-in on %s', (kind: StoreKind) => {
  let server: TestServer;
  afterEach(async () => server.close());

  it('gives every sign-in its own device code', async () => {
    server = await startTestServer(kind);
    const people = await seedTestTeam(server.store);
    const logins = await Promise.all(
      [people.rep1, people.rep2, people.rep1, people.manager, people.rep3].map((person) =>
        server.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: person.email, password: person.password, deviceName: 'laptop' },
        }),
      ),
    );
    const codes = logins.map((response) => response.json().numberSeries.deviceCode as string);
    expect(new Set(codes).size).toBe(5);
    expect([...codes].sort()).toEqual(['A2', 'A3', 'A4', 'A5', 'A6']);
  });
});
