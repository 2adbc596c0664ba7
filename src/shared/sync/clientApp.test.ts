import { describe, expect, it } from 'vitest';
import { clientAppFromHeaders, clientAppHeaders } from './clientApp.ts';

describe('clientAppFromHeaders', () => {
  it('reads the version and platform a client sends', () => {
    const headers = clientAppHeaders({ version: '1.4.0-beta.2+abc', platform: 'desktop' });
    expect(clientAppFromHeaders(headers)).toEqual({
      version: '1.4.0-beta.2+abc',
      platform: 'desktop',
    });
  });

  it.each([
    ['no headers', {}],
    ['a missing platform', { 'x-fieldbook-app-version': '1.4.0' }],
    [
      'an unknown platform',
      { 'x-fieldbook-app-version': '1.4.0', 'x-fieldbook-app-platform': 'tv' },
    ],
    [
      'markup in the version',
      { 'x-fieldbook-app-version': '<b>1</b>', 'x-fieldbook-app-platform': 'web' },
    ],
    [
      'an overlong version',
      { 'x-fieldbook-app-version': '1'.repeat(41), 'x-fieldbook-app-platform': 'web' },
    ],
    [
      'a repeated header',
      { 'x-fieldbook-app-version': ['1.0.0', '2.0.0'], 'x-fieldbook-app-platform': 'web' },
    ],
  ])('ignores %s', (_case, headers) => {
    expect(clientAppFromHeaders(headers)).toBeUndefined();
  });
});
