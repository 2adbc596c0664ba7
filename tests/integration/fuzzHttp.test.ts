import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzRequest } from '../support/httpFuzz.ts';
import { adminCredentials, startTestServer, type TestServer } from '../support/testServer.ts';
import { seedTestTeam } from '../support/testTeam.ts';

// CI sends a budgeted 10,000 requests; `npm run fuzz:nightly` sets FIELDBOOK_FUZZ_REQUESTS=100000.
const requests = Number(process.env.FIELDBOOK_FUZZ_REQUESTS ?? 10_000);
const seed = Number(process.env.FIELDBOOK_FUZZ_SEED ?? Date.now() % 2_147_483_647);

describe('HTTP fuzzing of every endpoint', () => {
  let server: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const people = await seedTestTeam(server.store);
    for (const name of ['rep1', 'manager', 'finance'] as const) {
      tokens[name] = await server.login(people[name].email, people[name].password);
    }
    tokens.admin = await server.login(adminCredentials.email, adminCredentials.password);
  });
  afterAll(async () => server.close());

  /** What a refused request must leave untouched: records, people and teams. */
  const snapshot = async () =>
    JSON.stringify([
      await server.store.latestSeq(),
      await server.store.listUsers(),
      await server.store.listTeams(),
    ]);

  it(`answers ${requests} hostile requests without a 5xx, a crash, pollution or a write`, async () => {
    console.log(
      `HTTP fuzz: seed ${seed}, ${requests} requests (reproduce: FIELDBOOK_FUZZ_SEED=${seed})`,
    );
    const statuses = new Map<string, number>();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(fuzzRequest, async (request) => {
        sent += 1;
        // Logging out or revoking would end the fuzzing sessions, and the live stream never ends
        // by itself, so those run without a valid token.
        const sessionEnding = /logout|revoke|password|stream|\/api\/admin\/users\/[^/]+$/.test(
          request.url,
        );
        const auth =
          request.auth === 'none'
            ? undefined
            : request.auth === 'garbage' || sessionEnding
              ? 'Bearer not-a-real-token'
              : `Bearer ${tokens[request.auth]}`;
        const before = await snapshot();
        const response = await server.app.inject({
          method: request.method,
          url: request.url,
          // Spread over many addresses so the global rate limit does not end the fuzzing early.
          remoteAddress: `10.0.${(sent >> 8) & 255}.${sent & 255}`,
          headers: {
            ...(auth ? { authorization: auth } : {}),
            ...(request.contentType ? { 'content-type': request.contentType } : {}),
          },
          ...(request.payload === undefined ? {} : { payload: request.payload }),
        });
        const where = request.url.split(/[?]/)[0]?.split('/').slice(0, 3).join('/');
        const key = `${response.statusCode} ${where}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        expect(response.statusCode, `${request.method} ${request.url}`).toBeLessThan(500);
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (response.statusCode >= 400) {
          expect(await snapshot(), `${request.method} ${request.url} changed the store`).toBe(
            before,
          );
        }
      }),
      { seed, numRuns: requests, endOnFailure: true },
    );
    console.log('HTTP fuzz statuses:', JSON.stringify(Object.fromEntries([...statuses].sort())));
    expect(sent).toBe(requests);
    const health = await server.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
  }, 3_600_000);

  it('refuses bodies over the limit with 413 on every body-taking endpoint, writing nothing', async () => {
    const before = await snapshot();
    const huge = JSON.stringify([
      { newDocumentState: { id: 'x', notes: 'x'.repeat(9 * 1024 * 1024) } },
    ]);
    for (const url of ['/api/sync/leads/push', '/api/auth/login', '/api/admin/users']) {
      const response = await server.app.inject({
        method: 'POST',
        url,
        headers: { authorization: `Bearer ${tokens.admin}`, 'content-type': 'application/json' },
        payload: huge,
      });
      expect(response.statusCode, url).toBe(413);
    }
    expect(await snapshot()).toBe(before);
  });

  it('stops a login brute force with 429, even for the right password', async () => {
    const limited = await startTestServer('sqlite', { loginRateLimitPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (const guess of fc.sample(fc.string({ minLength: 1, maxLength: 20 }), {
        seed,
        numRuns: 30,
      })) {
        const response = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: adminCredentials.email, password: `wrong-${guess}` },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
      const right = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: adminCredentials,
      });
      expect(right.statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
