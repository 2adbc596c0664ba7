import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isTrustedRendererOrigin,
  isTrustedRendererUrl,
  resolveAppRequestPath,
  resolveRendererSource,
} from './rendererSource.ts';

const rendererDir = resolve('/opt/fieldbook/out/renderer');
const appSource = {
  kind: 'appProtocol',
  url: 'app://fieldbook/index.html',
  origin: 'app://fieldbook',
  rendererDir,
} as const;

describe('resolveRendererSource', () => {
  it('serves the built renderer through app://, never file://, when no dev server is given', () => {
    expect(
      resolveRendererSource({ isPackaged: false, devServerUrl: undefined, rendererDir }),
    ).toEqual(appSource);
  });

  it('uses the Vite dev server during development', () => {
    expect(
      resolveRendererSource({
        isPackaged: false,
        devServerUrl: 'http://localhost:5173',
        rendererDir,
      }),
    ).toEqual({
      kind: 'devServer',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
  });

  it('ignores a dev server URL in a packaged app', () => {
    expect(
      resolveRendererSource({
        isPackaged: true,
        devServerUrl: 'http://localhost:5173',
        rendererDir,
      }),
    ).toEqual(appSource);
  });

  it('ignores a dev server URL that is not on this machine', () => {
    for (const devServerUrl of [
      'https://evil.example',
      'http://10.0.0.2:5173',
      'file:///tmp/x',
      'not a url',
    ]) {
      expect(resolveRendererSource({ isPackaged: false, devServerUrl, rendererDir }).kind).toBe(
        'appProtocol',
      );
    }
  });
});

describe('isTrustedRendererUrl', () => {
  const devSource = resolveRendererSource({
    isPackaged: false,
    devServerUrl: 'http://localhost:5173',
    rendererDir,
  });

  it('trusts the app page with any hash route', () => {
    expect(isTrustedRendererUrl('app://fieldbook/index.html', appSource)).toBe(true);
    expect(isTrustedRendererUrl('app://fieldbook/index.html#/leads/0190', appSource)).toBe(true);
    expect(isTrustedRendererUrl('app://fieldbook/#/', appSource)).toBe(true);
  });

  it('does not trust local files, other app pages or other hosts', () => {
    for (const url of [
      'file:///opt/fieldbook/out/renderer/index.html',
      'file:///etc/passwd',
      'app://fieldbook/assets/evil.html',
      'app://other/index.html',
      'app://user@fieldbook/index.html',
    ]) {
      expect(isTrustedRendererUrl(url, appSource), url).toBe(false);
    }
  });

  it('trusts only the dev server origin in development', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/#/leads', devSource)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', devSource)).toBe(false);
    expect(isTrustedRendererUrl('http://127.0.0.1:5173/', devSource)).toBe(false);
    expect(isTrustedRendererUrl('app://fieldbook/index.html', devSource)).toBe(false);
  });

  it('does not trust web pages, blanks or garbage', () => {
    for (const url of [
      'https://example.com/',
      'about:blank',
      'data:text/html,x',
      '',
      'not a url',
    ]) {
      expect(isTrustedRendererUrl(url, appSource), url).toBe(false);
      expect(isTrustedRendererUrl(url, devSource), url).toBe(false);
    }
  });
});

describe('isTrustedRendererOrigin', () => {
  it("matches only the app's origin", () => {
    expect(isTrustedRendererOrigin('app://fieldbook', appSource)).toBe(true);
    expect(isTrustedRendererOrigin('file://', appSource)).toBe(false);
    expect(isTrustedRendererOrigin('https://fieldbook', appSource)).toBe(false);
    expect(isTrustedRendererOrigin('app://other', appSource)).toBe(false);
  });
});

describe('resolveAppRequestPath', () => {
  it('serves files from the built renderer folder', () => {
    expect(resolveAppRequestPath('app://fieldbook/index.html', rendererDir)).toBe(
      join(rendererDir, 'index.html'),
    );
    expect(resolveAppRequestPath('app://fieldbook/', rendererDir)).toBe(
      join(rendererDir, 'index.html'),
    );
    expect(resolveAppRequestPath('app://fieldbook/assets/index-abc.js?v=1', rendererDir)).toBe(
      join(rendererDir, 'assets', 'index-abc.js'),
    );
    expect(resolveAppRequestPath('app://fieldbook/assets/%E4%B8%AD.woff2', rendererDir)).toBe(
      join(rendererDir, 'assets', '中.woff2'),
    );
  });

  it('refuses everything outside it', () => {
    // URL parsing already folds plain and %2e dot segments at the root, so they stay inside.
    for (const url of [
      'app://fieldbook/../../../etc/passwd',
      'app://fieldbook/%2e%2e/%2e%2e/etc/passwd',
    ]) {
      expect(resolveAppRequestPath(url, rendererDir), url).toBe(join(rendererDir, 'etc', 'passwd'));
    }
    for (const url of [
      'app://fieldbook/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://fieldbook/..%5C..%5Cwindows',
      'app://fieldbook/%00',
      'app://fieldbook/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(resolveAppRequestPath(url, rendererDir), url).toBeUndefined();
    }
  });
});
