import { describe, expect, it } from 'vitest';
import { deepLinkRoutePath, findDeepLinkInArgv, parseDeepLink } from './deepLink.ts';

const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('parseDeepLink', () => {
  it.each([
    [`fieldbook://leads/${id}`, { kind: 'leads', id }],
    [`fieldbook:///leads/${id}`, { kind: 'leads', id }],
    [`fieldbook://leads/${id}/`, { kind: 'leads', id }],
    [`FIELDBOOK://Quotes/${id}?from=mail#x`, { kind: 'quotes', id }],
    [`fieldbook://opportunities/${id}`, { kind: 'opportunities', id }],
    ['fieldbook://tickets/T_12', { kind: 'tickets', id: 'T_12' }],
  ])('opens %s', (url, route) => {
    expect(parseDeepLink(url)).toEqual(route);
  });

  it.each([
    `https://leads/${id}`,
    `file:///leads/${id}`,
    `fieldbook://settings/${id}`,
    'fieldbook://leads/',
    'fieldbook://leads',
    `fieldbook://leads/${id}/edit`,
    'fieldbook://leads/..%2F..%2Fetc',
    'fieldbook://leads/%3Cscript%3E',
    `fieldbook://user:pw@leads/${id}`,
    `fieldbook://leads:8080/${id}`,
    `fieldbook://leads/${'x'.repeat(65)}`,
    'fieldbook:',
    'not a url',
    '',
  ])('ignores %s', (url) => {
    expect(parseDeepLink(url)).toBeUndefined();
  });
});

describe('deepLinkRoutePath', () => {
  it('points at the record route the app already has', () => {
    expect(deepLinkRoutePath({ kind: 'leads', id })).toBe(`/leads/${id}`);
    expect(deepLinkRoutePath({ kind: 'invoices', id: 'a-1' })).toBe('/invoices/a-1');
  });
});

describe('findDeepLinkInArgv', () => {
  it('finds the link Windows and Linux pass to a second launch', () => {
    expect(
      findDeepLinkInArgv([
        'C:\\Fieldbook\\Fieldbook.exe',
        '--allow-file-access-from-files',
        `fieldbook://contacts/${id}`,
      ]),
    ).toEqual({ kind: 'contacts', id });
  });

  it('finds nothing in a plain launch or a bad link', () => {
    expect(findDeepLinkInArgv(['/usr/bin/fieldbook', '.'])).toBeUndefined();
    expect(findDeepLinkInArgv(['fieldbook', 'fieldbook://nope/1'])).toBeUndefined();
  });
});
