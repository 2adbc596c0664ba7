import { describe, expect, it } from 'vitest';
import { platform } from './platform.ts';

describe('platform', () => {
  it('falls back to the web client when no desktop preload is present', async () => {
    expect(window.fieldbook).toBeUndefined();
    expect(platform.kind).toBe('web');
    await expect(platform.getAppVersion()).resolves.toMatch(/^\d+\.\d+\.\d+/);
  });
});
