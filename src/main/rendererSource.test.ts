import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTrustedRendererUrl, resolveRendererSource } from './rendererSource.ts';

const rendererDir = resolve('/opt/fieldbook/out/renderer');
const indexHtml = resolve(rendererDir, 'index.html');

describe('resolveRendererSource', () => {
  it('loads the built index.html when no dev server is given', () => {
    expect(
      resolveRendererSource({ isPackaged: false, devServerUrl: undefined, rendererDir }),
    ).toEqual({ kind: 'file', filePath: indexHtml });
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
    ).toEqual({ kind: 'file', filePath: indexHtml });
  });

  it('ignores a dev server URL that is not on this machine', () => {
    for (const devServerUrl of [
      'https://evil.example',
      'http://10.0.0.2:5173',
      'file:///tmp/x',
      'not a url',
    ]) {
      expect(resolveRendererSource({ isPackaged: false, devServerUrl, rendererDir }).kind).toBe(
        'file',
      );
    }
  });
});

describe('isTrustedRendererUrl', () => {
  const fileSource = resolveRendererSource({
    isPackaged: true,
    devServerUrl: undefined,
    rendererDir,
  });
  const devSource = resolveRendererSource({
    isPackaged: false,
    devServerUrl: 'http://localhost:5173',
    rendererDir,
  });
  const indexUrl = pathToFileURL(indexHtml).href;

  it('trusts the built index.html with any hash route', () => {
    expect(isTrustedRendererUrl(indexUrl, fileSource)).toBe(true);
    expect(isTrustedRendererUrl(`${indexUrl}#/leads/0190`, fileSource)).toBe(true);
    expect(isTrustedRendererUrl(`${indexUrl}?lang=en#/`, fileSource)).toBe(true);
  });

  it('does not trust other local files, even next to the app', () => {
    expect(
      isTrustedRendererUrl(pathToFileURL(resolve(rendererDir, 'other.html')).href, fileSource),
    ).toBe(false);
    expect(isTrustedRendererUrl('file:///etc/passwd', fileSource)).toBe(false);
    expect(isTrustedRendererUrl('file:///opt%2Ffieldbook/index.html', fileSource)).toBe(false);
    expect(
      isTrustedRendererUrl(`file://remote-host${pathToFileURL(indexHtml).pathname}`, fileSource),
    ).toBe(false);
  });

  it('trusts only the dev server origin in development', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/#/leads', devSource)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', devSource)).toBe(false);
    expect(isTrustedRendererUrl('http://127.0.0.1:5173/', devSource)).toBe(false);
    expect(isTrustedRendererUrl(indexUrl, devSource)).toBe(false);
  });

  it('does not trust web pages, blanks or garbage', () => {
    for (const url of [
      'https://example.com/',
      'about:blank',
      'data:text/html,x',
      '',
      'not a url',
    ]) {
      expect(isTrustedRendererUrl(url, fileSource), url).toBe(false);
      expect(isTrustedRendererUrl(url, devSource), url).toBe(false);
    }
  });
});
