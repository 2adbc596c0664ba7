import { describe, expect, it } from 'vitest';
import { clientAppOf } from './clientAppOf.ts';
import { createWebPlatform } from './webPlatform.ts';

describe('clientAppOf', () => {
  it('names the web client with the version the build was stamped with', async () => {
    const web = createWebPlatform({ version: '1.4.0', openWindow: () => null });
    expect(await clientAppOf(web)).toEqual({ version: '1.4.0', platform: 'web' });
  });

  it('names the desktop app, and says "unknown" when the shell cannot tell its version', async () => {
    expect(await clientAppOf({ kind: 'electron', getAppVersion: async () => '2.0.1' })).toEqual({
      version: '2.0.1',
      platform: 'desktop',
    });
    expect(
      await clientAppOf({
        kind: 'electron',
        getAppVersion: () => Promise.reject(new Error('no preload')),
      }),
    ).toEqual({ version: 'unknown', platform: 'desktop' });
    expect(await clientAppOf({ kind: 'web', getAppVersion: async () => '<script>' })).toEqual({
      version: 'unknown',
      platform: 'web',
    });
  });
});
