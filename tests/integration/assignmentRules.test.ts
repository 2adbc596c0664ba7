import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';
import type { Lead } from '../../src/shared/domain/lead.ts';
import { newId } from '../../src/shared/ids/newId.ts';
import { storeKinds } from '../support/testStores.ts';
import { allLeads, contactForm, type IntakeServer, startIntakeServer } from './intakeServer.ts';

let counter = 0;
/** A lead captured on a device without an owner of its own: it waits for the server's rules. */
function waitingLead(ownerId: string, overrides: Partial<Lead> = {}): Lead {
  counter += 1;
  const { eventId: _event, rating: _rating, ...base } = exampleRecords.leads;
  return {
    ...base,
    id: newId(Date.now()),
    ownerId,
    status: 'new',
    email: `lead${counter}@example.cn`,
    needsAssignment: true,
    ...overrides,
  };
}

async function login(app: FastifyInstance, email: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: 'team-password', deviceName: 'test' },
  });
  return (response.json() as { token: string }).token;
}

function push(app: FastifyInstance, token: string, leads: Lead[]) {
  return app.inject({
    method: 'POST',
    url: '/api/sync/leads/push',
    headers: { authorization: `Bearer ${token}` },
    payload: leads.map((lead) => ({
      assumedMasterState: null,
      newDocumentState: { ...lead, _deleted: false },
    })),
  });
}

async function pullIds(app: FastifyInstance, token: string): Promise<Map<string, boolean>> {
  const response = await app.inject({
    method: 'GET',
    url: '/api/sync/leads/pull?seq=0&limit=1000',
    headers: { authorization: `Bearer ${token}` },
  });
  const docs = (response.json() as { documents: Array<{ id: string; _deleted: boolean }> })
    .documents;
  return new Map(docs.map((doc) => [doc.id, doc._deleted]));
}

const owners = (docs: Awaited<ReturnType<typeof allLeads>>) =>
  docs.reduce<Record<string, number>>((counts, doc) => {
    counts[doc.ownerId] = (counts[doc.ownerId] ?? 0) + 1;
    return counts;
  }, {});

describe.each(storeKinds)('assignment rules on %s', (kind) => {
  let server: IntakeServer;
  afterEach(async () => server.close());

  it('deals 1,000 unassigned leads fairly round-robin and each reaches only its rep', async () => {
    server = await startIntakeServer(kind);
    const rep1 = await login(server.app, server.people.rep1.email);
    const rep2 = await login(server.app, server.people.rep2.email);
    const leads = Array.from({ length: 1000 }, () => waitingLead('rep1-east'));
    const response = await push(server.app, rep1, leads);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([]);
    const stored = await allLeads(server.store);
    expect(stored).toHaveLength(1000);
    expect(owners(stored)).toEqual({ 'rep1-east': 500, 'rep2-east': 500 });
    // Strict turns: in commit order no rep gets two in a row.
    const inOrder = [...stored].sort((a, b) => a.seq - b.seq).map((doc) => doc.ownerId);
    expect(inOrder.every((owner, i) => i === 0 || owner !== inOrder[i - 1])).toBe(true);
    for (const doc of stored) {
      expect(doc.data.needsAssignment).toBeUndefined();
      expect(doc.data.assignment).toMatchObject({
        ruleId: 'east-rr',
        ruleName: 'East round-robin',
      });
    }
    // Each rep's device gets its own leads; the pusher loses the ones given away.
    const seenBy1 = await pullIds(server.app, rep1);
    const seenBy2 = await pullIds(server.app, rep2);
    expect([...seenBy1.values()].filter((deleted) => !deleted)).toHaveLength(500);
    expect([...seenBy1.values()].filter((deleted) => deleted)).toHaveLength(500);
    expect([...seenBy2.values()].filter((deleted) => !deleted)).toHaveLength(500);
  });

  it('routes by territory, with the rule named on the lead, and leaves owned leads alone', async () => {
    server = await startIntakeServer(kind);
    const rep1 = await login(server.app, server.people.rep1.email);
    const german = waitingLead('rep1-east', { country: 'Germany' });
    const owned = { ...waitingLead('rep1-east'), needsAssignment: undefined };
    const response = await push(server.app, rep1, [german, owned]);
    expect(response.statusCode).toBe(200);
    const byId = new Map((await allLeads(server.store)).map((doc) => [doc.id, doc]));
    expect(byId.get(german.id)).toMatchObject({ ownerId: 'rep3-west', teamId: 'team-west' });
    expect(byId.get(german.id)?.data.assignment).toMatchObject({ ruleName: 'DACH territory' });
    expect(byId.get(owned.id)?.ownerId).toBe('rep1-east');
    expect(byId.get(owned.id)?.data.assignment).toBeUndefined();
  });

  it('never deals the same turn twice when two servers take imports and web posts at once', async () => {
    server = await startIntakeServer(kind, { perIpPerMinute: 10_000, perFormPerMinute: 10_000 });
    // A second server process on the same data, as behind a load balancer.
    const secondStore = server.reopen();
    const second = await buildApp({
      store: secondStore,
      intake: { perIpPerMinute: 10_000, perFormPerMinute: 10_000 },
    });
    await second.ready();
    try {
      const rep1 = await login(server.app, server.people.rep1.email);
      const rep2 = await login(second, server.people.rep2.email);
      const batchA = Array.from({ length: 300 }, () => waitingLead('rep1-east'));
      const batchB = Array.from({ length: 300 }, () => waitingLead('rep2-east'));
      const posts = Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? second : server.app).inject({
          method: 'POST',
          url: `/api/intake/${contactForm.key}`,
          payload: {
            firstName: 'Web',
            lastName: `Lead ${i}`,
            email: `web${i}@example.com`,
            consent: true,
          },
        }),
      );
      const results = await Promise.all([
        push(server.app, rep1, batchA),
        push(second, rep2, batchB),
        ...posts,
      ]);
      expect(results.map((result) => result.statusCode).filter((code) => code >= 300)).toEqual([]);
      const stored = await allLeads(server.store);
      expect(stored).toHaveLength(640);
      expect(new Set(stored.map((doc) => doc.id)).size).toBe(640);
      expect(owners(stored)).toEqual({ 'rep1-east': 320, 'rep2-east': 320 });
      const inOrder = [...stored].sort((a, b) => a.seq - b.seq).map((doc) => doc.ownerId);
      expect(inOrder.every((owner, i) => i === 0 || owner !== inOrder[i - 1])).toBe(true);
    } finally {
      await second.close();
      await secondStore.close();
    }
  });
});
