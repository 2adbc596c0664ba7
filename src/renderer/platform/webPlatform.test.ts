import { describe, expect, it } from 'vitest';
import { createWebPlatform } from './webPlatform.ts';

function recordingPlatform() {
  const opened: Array<{ url: string; target: string; features: string }> = [];
  const web = createWebPlatform({
    version: '1.2.3',
    openWindow: (url, target, features) => {
      opened.push({ url, target, features });
      return null;
    },
  });
  return { web, opened };
}

describe('createWebPlatform', () => {
  it('reports itself as the web client with the build version', async () => {
    const { web } = recordingPlatform();
    expect(web.kind).toBe('web');
    await expect(web.getAppVersion()).resolves.toBe('1.2.3');
  });

  it('opens safe links in a new tab cut off from the app', async () => {
    const { web, opened } = recordingPlatform();
    await web.openExternal('https://example.com/docs');
    await web.openExternal('mailto:sales@example.com');
    expect(opened).toEqual([
      { url: 'https://example.com/docs', target: '_blank', features: 'noopener,noreferrer' },
      { url: 'mailto:sales@example.com', target: '_blank', features: 'noopener,noreferrer' },
    ]);
  });

  it('refuses unsafe links and opens nothing', async () => {
    const { web, opened } = recordingPlatform();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'https://u:p@example.com']) {
      await expect(web.openExternal(url)).rejects.toThrow(/Refused/);
    }
    expect(opened).toEqual([]);
  });
});
