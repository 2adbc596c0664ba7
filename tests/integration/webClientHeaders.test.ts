import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import {
  buildContentSecurityPolicy,
  withContentSecurityPolicyMeta,
} from '../../src/shared/security/contentSecurityPolicy.ts';
import { openTestStore, type TestStore } from '../support/testStores.ts';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...sources] = part.split(/\s+/);
        return [name, sources.join(' ')];
      }),
  );
}

// The web build writes the policy into index.html; the server sends it as a header. A browser
// applies both, so any directive only the header has (helmet's defaults once added
// upgrade-insecure-requests and dropped 'wasm-unsafe-eval') silently breaks the page.
describe('the web client as the sync server serves it', () => {
  let testStore: TestStore;
  let app: FastifyInstance;
  let webRoot: string;
  const pagePolicy = buildContentSecurityPolicy({ mode: 'production', delivery: 'meta' });

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'fieldbook-web-root-'));
    writeFileSync(
      join(webRoot, 'index.html'),
      withContentSecurityPolicyMeta(
        '<!doctype html><html><head></head><body></body></html>',
        pagePolicy,
      ),
    );
    testStore = await openTestStore('sqlite');
    app = await buildApp({ store: testStore.store, clock: () => new Date(), webRoot });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await testStore.store.close();
    await testStore.cleanup();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('sends the same policy as the page, so badge decoding and OCR may compile WebAssembly', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    const header = directives(String(response.headers['content-security-policy']));
    expect(header.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(header.has('upgrade-insecure-requests')).toBe(false);
    const page = directives(pagePolicy);
    // The header adds only what a <meta> policy cannot carry.
    expect([...header.keys()].filter((name) => !page.has(name))).toEqual(['frame-ancestors']);
    for (const [name, sources] of page) expect(header.get(name), name).toBe(sources);
  });

  it('sends the policy with API answers too', async () => {
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.headers['content-security-policy']).toBe(
      buildContentSecurityPolicy({ mode: 'production' }),
    );
  });
});
