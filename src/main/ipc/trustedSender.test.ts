import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererSource } from '../rendererSource.ts';
import { isTrustedSender } from './trustedSender.ts';

const packaged = resolveRendererSource({
  isPackaged: true,
  devServerUrl: undefined,
  rendererDir: resolve('/opt/fieldbook/out/renderer'),
});
const dev = resolveRendererSource({
  isPackaged: false,
  devServerUrl: 'http://localhost:5173',
  rendererDir: resolve('/opt/fieldbook/out/renderer'),
});

describe('isTrustedSender', () => {
  it("accepts the app's own top frame", () => {
    expect(
      isTrustedSender({ url: 'app://fieldbook/index.html#/leads', isTopFrame: true }, packaged),
    ).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/#/leads', isTopFrame: true }, dev)).toBe(
      true,
    );
  });

  it('refuses subframes, even of the app itself', () => {
    expect(
      isTrustedSender({ url: 'app://fieldbook/index.html', isTopFrame: false }, packaged),
    ).toBe(false);
  });

  it('refuses frames that are gone or show another page', () => {
    expect(isTrustedSender(null, packaged)).toBe(false);
    for (const url of [
      'https://evil.example/',
      'app://evil/index.html',
      'file:///opt/fieldbook/out/renderer/index.html',
      'http://localhost:5173/',
      'about:blank',
      '',
    ]) {
      expect(isTrustedSender({ url, isTopFrame: true }, packaged), url).toBe(false);
    }
    expect(isTrustedSender({ url: 'http://localhost:5174/', isTopFrame: true }, dev)).toBe(false);
  });
});
