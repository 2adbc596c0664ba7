import fc from 'fast-check';
import { collectionNames } from '../../src/shared/domain/collections.ts';
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';

/** One request for `app.inject`, with a label naming what it is made of. */
export type FuzzRequest = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  auth: 'none' | 'garbage' | 'rep1' | 'manager' | 'finance' | 'admin';
  contentType: string | undefined;
  payload: string | undefined;
};

const nasty = [
  '__proto__',
  'constructor',
  'prototype',
  '..',
  '%2e%2e',
  '%00',
  '',
  ' ',
  'leads%20',
  '\u202e',
  '😀',
  'a'.repeat(300),
  '-1',
  'NaN',
  'Infinity',
  '1e309',
  '9007199254740993',
  'null',
  'true',
  '[]',
  '{}',
];

const segment = fc.oneof(
  fc.constantFrom(...nasty),
  fc.constantFrom(...collectionNames),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
  fc.uuid(),
);
const numberText = fc.oneof(
  fc.integer({ min: -5, max: 2000 }).map(String),
  fc.constantFrom(...nasty),
  fc.double().map(String),
  fc.bigInt().map(String),
);

type Method = FuzzRequest['method'];
const on = (method: Method) => (url: string) => ({ method, url });

/** The server's routes as templates with their own method, with valid and hostile parameters. */
const route: fc.Arbitrary<{ method: Method; url: string }> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(segment, numberText, numberText, fc.option(segment))
      .map(
        ([c, seq, limit, epoch]) =>
          `/api/sync/${c}/pull?seq=${seq}&limit=${limit}${epoch === null ? '' : `&epoch=${epoch}`}`,
      )
      .map(on('GET')),
  },
  { weight: 6, arbitrary: segment.map((c) => `/api/sync/${c}/push`).map(on('POST')) },
  {
    weight: 6,
    arbitrary: fc
      .constantFrom('leads', 'invoices', 'settings', 'quotes', 'orders', 'products')
      .map((c) => `/api/sync/${c}/push`)
      .map(on('POST')),
  },
  { weight: 3, arbitrary: fc.constant('/api/auth/login').map(on('POST')) },
  { weight: 1, arbitrary: fc.constant('/api/auth/logout').map(on('POST')) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        '/api/me',
        '/api/admin/users',
        '/api/admin/teams',
        '/api/audit',
        '/api/audit/export.csv',
        '/healthz',
        '/metrics',
        '/api/sync/stream?x=1',
      )
      .map(on('GET')),
  },
  { weight: 3, arbitrary: fc.constantFrom('/api/admin/users', '/api/admin/teams').map(on('POST')) },
  { weight: 2, arbitrary: segment.map((id) => `/api/admin/users/${id}`).map(on('PATCH')) },
  { weight: 1, arbitrary: segment.map((id) => `/api/admin/users/${id}/password`).map(on('POST')) },
  { weight: 1, arbitrary: segment.map((id) => `/api/admin/users/${id}/devices`).map(on('GET')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(segment, segment)
      .map(([id, d]) => `/api/admin/users/${id}/devices/${d}/revoke`)
      .map(on('POST')),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(segment, segment)
      .map(([c, id]) => `/api/audit/records/${c}/${id}`)
      .map(on('GET')),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          'collection',
          'recordId',
          'actor',
          'action',
          'from',
          'to',
          'limit',
          'before',
          'x',
        ),
        fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...nasty)),
      )
      .map(([k, v]) => `/api/audit?${k}=${encodeURIComponent(v)}`)
      .map(on('GET')),
  },
  { weight: 2, arbitrary: segment.map((key) => `/api/intake/${key}`).map(on('POST')) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom<Method>('GET', 'POST', 'PATCH', 'PUT', 'DELETE'),
        fc.string({ maxLength: 40 }),
      )
      .map(([method, s]) => ({ method, url: `/${encodeURIComponent(s)}` })),
  },
);

/** Objects with prototype-pollution keys, built as JSON text so the keys are real own keys. */
const pollution = fc
  .tuple(
    fc.constantFrom('__proto__', 'constructor', 'prototype'),
    fc.constantFrom('{"polluted":true}', '{"prototype":{"polluted":true}}', '1', '"x"', 'null'),
  )
  .map(([key, value]) => `{"${key}":${value},"id":"0195a3c2-7f00-7000-8000-0000000000ff"}`);

const deepNesting = fc
  .tuple(fc.integer({ min: 10, max: 20_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => {
    const close = open === '[' ? ']' : '}';
    return `${open.repeat(depth)}1${close.repeat(depth)}`;
  });

const hugeNumbers = fc.constantFrom(
  '1e309',
  '-1e309',
  '123456789012345678901234567890',
  '[{"newDocumentState":{"id":"x","amount":1e400}}]',
  '{"email":1e309,"password":-0}',
);

/** A pushed row made from a real record with one field broken in a random way. */
const brokenRow = fc
  .tuple(
    fc.constantFrom(...collectionNames),
    fc.string({ maxLength: 12 }),
    fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.constantFrom('__proto__', null, -1, 1e308, '', 'x'.repeat(5000), [], {}),
    ),
    fc.boolean(),
    fc.option(fc.anything({ maxDepth: 2 })),
  )
  .map(([collection, field, value, deleted, assumed]) => {
    const base = exampleRecords[collection] as Record<string, unknown>;
    const keys = Object.keys(base);
    const key =
      keys.includes(field) || field === '' ? (keys[field.length % keys.length] ?? field) : field;
    const doc = { ...base, [key]: value, _deleted: deleted };
    return JSON.stringify([{ assumedMasterState: assumed ?? undefined, newDocumentState: doc }]);
  });

const body: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.json({ maxDepth: 4 }),
  fc.string({ maxLength: 200 }),
  pollution,
  deepNesting,
  hugeNumbers,
  brokenRow,
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v).slice(0, -1)),
  fc
    .record({
      email: fc.oneof(fc.emailAddress(), fc.anything({ maxDepth: 1 })),
      password: fc.oneof(fc.string(), fc.anything({ maxDepth: 1 })),
      name: fc.anything({ maxDepth: 1 }),
      role: fc.oneof(
        fc.constantFrom('rep', 'admin', 'god', '__proto__'),
        fc.anything({ maxDepth: 1 }),
      ),
      teamId: fc.anything({ maxDepth: 1 }),
      active: fc.anything({ maxDepth: 1 }),
    })
    .map((v) => JSON.stringify(v)),
);

export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc
  .record({
    route,
    /** Sometimes the wrong method for the route. */
    otherMethod: fc.oneof(
      { weight: 9, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constantFrom<Method>('GET', 'POST', 'PATCH', 'PUT', 'DELETE') },
    ),
    auth: fc.constantFrom('none', 'garbage', 'rep1', 'manager', 'finance', 'admin'),
    contentType: fc.constantFrom(
      'application/json',
      'application/json',
      'application/json; charset=utf-16',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      undefined,
    ),
    payload: body,
  })
  .map(({ route: r, otherMethod, ...rest }) => ({
    ...rest,
    method: otherMethod ?? r.method,
    url: r.url,
  }));
