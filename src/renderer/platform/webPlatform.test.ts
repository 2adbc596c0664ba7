import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../shared/domain/DomainError.ts';
import { createWebPlatform, type WebPlatformDeps } from './webPlatform.ts';

function recordingPlatform(overrides: Partial<WebPlatformDeps> = {}) {
  const opened: Array<{ url: string; target: string; features: string }> = [];
  const downloads: Array<{ fileName: string; blob: Blob }> = [];
  let printed = 0;
  const web = createWebPlatform({
    version: '1.2.3',
    openWindow: (url, target, features) => {
      opened.push({ url, target, features });
      return null;
    },
    sessionStorage: window.sessionStorage,
    print: () => {
      printed += 1;
    },
    download: (file) => downloads.push(file),
    pickFile: async () => null,
    ...overrides,
  });
  return { web, opened, downloads, printed: () => printed };
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

  it('keeps the sync token in sessionStorage, as the web client always has', async () => {
    window.sessionStorage.clear();
    const { web } = recordingPlatform();
    await expect(web.tokens.load()).resolves.toBeUndefined();
    await web.tokens.save('fbt_web');
    expect(window.sessionStorage.getItem('fieldbook.syncToken')).toBe('fbt_web');
    await expect(recordingPlatform().web.tokens.load()).resolves.toBe('fbt_web');
    await web.tokens.clear();
    expect(window.sessionStorage.getItem('fieldbook.syncToken')).toBeNull();
  });

  it('keeps the token in memory only where storage is blocked', async () => {
    const { web } = recordingPlatform({ sessionStorage: undefined });
    await web.tokens.save('fbt_mem');
    await expect(web.tokens.load()).resolves.toBe('fbt_mem');
  });

  it('leaves the database key to the data layer (a per-profile key, no keychain)', async () => {
    await expect(recordingPlatform().web.loadDatabaseKey()).resolves.toBeUndefined();
  });

  it('exports a PDF through the print dialog', async () => {
    const { web, printed } = recordingPlatform();
    await expect(web.exportPdf({ fileName: 'Q-1.pdf' })).resolves.toBe('printDialog');
    expect(printed()).toBe(1);
  });

  it('saves CSV as a UTF-8 download with a byte-order mark for Excel', async () => {
    const { web, downloads } = recordingPlatform();
    await expect(web.saveCsv({ fileName: 'leads', text: '姓名\n王丽' })).resolves.toBe(
      'downloaded',
    );
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.fileName).toBe('leads.csv');
    const bytes = new Uint8Array(await (downloads[0]?.blob ?? new Blob()).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('姓名\n王丽');
  });

  it('opens a picked CSV file without its byte-order mark, or nothing when cancelled', async () => {
    const file = new File(['\uFEFFname,email\n王丽,wl@example.cn'], 'leads.csv', {
      type: 'text/csv',
    });
    const picked = recordingPlatform({ pickFile: async () => file });
    await expect(picked.web.openCsv()).resolves.toEqual({
      fileName: 'leads.csv',
      text: 'name,email\n王丽,wl@example.cn',
    });
    await expect(recordingPlatform().web.openCsv()).resolves.toBeNull();
  });

  it('refuses a CSV file too large to import', async () => {
    const huge = new File(['x'], 'huge.csv');
    Object.defineProperty(huge, 'size', { value: 100 * 1024 * 1024 });
    const { web } = recordingPlatform({ pickFile: async () => huge });
    const error = await web.openCsv().catch((caught: unknown) => caught);
    expect(isDomainError(error, 'fileTooLarge')).toBe(true);
  });

  it('has no updates, login item or menu in a browser', async () => {
    const { web } = recordingPlatform();
    await expect(web.getUpdateStatus()).resolves.toEqual({ state: 'unsupported' });
    await expect(web.getOpenAtLogin()).resolves.toEqual({ supported: false, enabled: false });
    await expect(web.setOpenAtLogin(true)).resolves.toEqual({ supported: false, enabled: false });
    const unsubscribe = web.onMenuNewLead(() => undefined);
    expect(unsubscribe()).toBeUndefined();
  });
});
