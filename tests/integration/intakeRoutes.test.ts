import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leadSchema } from '../../src/shared/domain/lead.ts';
import { storeKinds } from '../support/testStores.ts';
import { allLeads, contactForm, type IntakeServer, startIntakeServer } from './intakeServer.ts';

const url = `/api/intake/${contactForm.key}`;
const formPost = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const valid = {
  firstName: 'Anna',
  lastName: 'Schmidt',
  email: 'anna@example.de',
  company: 'Pumpen AG',
  country: 'DE',
  consent: 'on',
};

describe.each(storeKinds)('web-to-lead intake on %s', (kind) => {
  let server: IntakeServer;
  beforeEach(async () => {
    server = await startIntakeServer(kind);
  });
  afterEach(async () => server.close());

  const post = (payload: string, headers: Record<string, string> = {}) =>
    server.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });

  it('takes a plain form post, assigns it by territory and answers with the thank-you page', async () => {
    const response = await post(formPost(valid), { accept: 'text/html' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('Thank you, we will be in touch.');
    const [stored] = await allLeads(server.store);
    expect(stored?.ownerId).toBe('rep3-west');
    expect(stored?.teamId).toBe('team-west');
    const lead = leadSchema.parse(stored?.data);
    expect(lead).toMatchObject({
      firstName: 'Anna',
      email: 'anna@example.de',
      source: 'website',
      status: 'new',
      consent: { given: true, text: contactForm.consentText },
      assignment: { ruleId: 'dach', ruleName: 'DACH territory' },
      attribution: { formKey: 'contact-us', campaign: 'always-on' },
    });
    expect(lead.needsAssignment).toBeUndefined();
    expect(lead.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });

  it('takes JSON and keeps UTM parameters and the referrer as attribution', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url,
      payload: {
        ...valid,
        country: 'CN',
        consent: true,
        utm_source: 'linkedin',
        utm_medium: 'social',
        utm_campaign: 'spring-fair',
      },
      headers: { referer: 'https://www.example.com/pumps?utm_source=linkedin' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ ok: true, message: contactForm.thankYouMessage });
    const [stored] = await allLeads(server.store);
    expect(stored?.data.attribution).toEqual({
      source: 'linkedin',
      medium: 'social',
      campaign: 'spring-fair',
      referrer: 'https://www.example.com/pumps?utm_source=linkedin',
      formKey: 'contact-us',
    });
    expect(stored?.ownerId).toBe('rep1-east');
    expect(stored?.data.assignment).toMatchObject({ ruleName: 'East round-robin' });
  });

  it('answers a filled honeypot like a success but creates nothing', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url,
      payload: { ...valid, website: 'http://spam.example' },
    });
    expect(response.statusCode).toBe(201);
    expect(await allLeads(server.store)).toEqual([]);
  });

  it('refuses bad posts with a clear 4xx and creates nothing', async () => {
    const cases = [
      // missing required field and consent
      {
        payload: formPost({ firstName: 'A', email: 'a@b.co' }),
        status: 400,
        error: 'invalid_form',
      },
      // not an email
      {
        payload: formPost({ ...valid, email: 'not-an-email' }),
        status: 400,
        error: 'invalid_form',
      },
      // a field the form does not have
      { payload: formPost({ ...valid, salary: '1' }), status: 400, error: 'invalid_form' },
      // oversized
      {
        payload: formPost({ ...valid, message: 'x'.repeat(20_000) }),
        status: 413,
        error: 'payload_too_large',
      },
    ];
    for (const item of cases) {
      const response = await post(item.payload);
      expect(response.statusCode, item.payload.slice(0, 60)).toBe(item.status);
      expect(response.json().error).toBe(item.error);
    }
    const malformed = await server.app.inject({
      method: 'POST',
      url,
      payload: '{"firstName": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    const wrongType = await server.app.inject({
      method: 'POST',
      url,
      payload: 'hello',
      headers: { 'content-type': 'text/plain' },
    });
    expect(wrongType.statusCode).toBe(415);
    const unknownForm = await server.app.inject({
      method: 'POST',
      url: '/api/intake/no-such-form',
      payload: valid,
    });
    expect(unknownForm.statusCode).toBe(404);
    const invalidMessage = await post(formPost({ ...valid, email: 'nope' }));
    expect(invalidMessage.json().issues).toEqual([expect.objectContaining({ field: 'email' })]);
    expect(await allLeads(server.store)).toEqual([]);
  });

  it('limits posts per address (429) and per form', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      statuses.push((await post(formPost({ ...valid, email: `p${i}@example.de` }))).statusCode);
    }
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(await allLeads(server.store)).toHaveLength(10);
    // Another address still gets through.
    const fromElsewhere = (email: string, remoteAddress: string) =>
      server.app.inject({
        method: 'POST',
        url,
        remoteAddress,
        payload: formPost({ ...valid, email }),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    expect((await fromElsewhere('other@example.de', '10.0.0.9')).statusCode).toBe(200);

    // The form's own limit counts every sender together.
    await server.close();
    server = await startIntakeServer(kind, { perFormPerMinute: 3 });
    const spread: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      spread.push((await fromElsewhere(`s${i}@example.de`, `10.0.1.${i}`)).statusCode);
    }
    expect(spread).toEqual([200, 200, 200, 429, 429]);
    expect(await allLeads(server.store)).toHaveLength(3);
  });

  it('gives CORS headers only to the origins configured for the form', async () => {
    const preflight = await server.app.inject({
      method: 'OPTIONS',
      url,
      headers: {
        origin: 'https://www.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://www.example.com');
    expect(preflight.headers['access-control-allow-methods']).toBe('POST');

    const allowed = await post(formPost(valid), {
      origin: 'https://www.example.com',
      accept: 'application/json',
    });
    expect(allowed.statusCode).toBe(201);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://www.example.com');

    const foreignPreflight = await server.app.inject({
      method: 'OPTIONS',
      url,
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(foreignPreflight.statusCode).toBe(403);
    expect(foreignPreflight.headers['access-control-allow-origin']).toBeUndefined();
    const foreign = await post(formPost({ ...valid, email: 'x@example.de' }), {
      origin: 'https://evil.example',
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    // The sync API's own CORS allowlist is not widened by the form's origins.
    const sync = await server.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { origin: 'https://www.example.com' },
    });
    expect(sync.headers['access-control-allow-origin']).toBeUndefined();
    expect(await allLeads(server.store)).toHaveLength(1);
  });

  it('redirects a plain post when the form has a thank-you page of its own', async () => {
    await server.close();
    server = await startIntakeServer(kind);
    const { putSetting } = await import('./intakeServer.ts');
    await putSetting(server.store, {
      kind: 'leadForms',
      forms: [{ ...contactForm, redirectUrl: 'https://www.example.com/thanks' }],
    });
    const response = await post(formPost(valid), { accept: 'text/html' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('https://www.example.com/thanks');
    expect(await allLeads(server.store)).toHaveLength(1);
  });
});
