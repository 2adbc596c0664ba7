import { DomainError } from '../../shared/domain/DomainError.ts';
import type { NotificationMessage, OpenedCsv } from '../../shared/platform/PlatformApi.ts';
import { maxCsvChars } from '../../shared/platform/platformLimits.ts';
import { isSafeExternalUrl } from '../../shared/url/isSafeExternalUrl.ts';
import type { AppPlatform, PlatformTokenStore } from './AppPlatform.ts';

export type OpenWindow = (url: string, target: string, features: string) => unknown;

/** The browser pieces the web fallback uses; platform.ts binds the real ones, tests pass their own. */
export type WebPlatformDeps = {
  version: string;
  openWindow: OpenWindow;
  /** The browser's Notification API, when the page may use it. */
  showNotification?: (message: NotificationMessage) => void;
  /** sessionStorage: the token does not outlive the browser session. */
  sessionStorage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  print?: () => void;
  download?: (file: { fileName: string; blob: Blob }) => void;
  /** Shows a file picker; resolves null when the person cancels. */
  pickFile?: (accept: string) => Promise<File | null>;
};

const tokenKey = 'fieldbook.syncToken';
const noop = () => undefined;

function webTokenStore(storage: WebPlatformDeps['sessionStorage']): PlatformTokenStore {
  let memory: string | undefined;
  return {
    load: async () => (storage ? (storage.getItem(tokenKey) ?? undefined) : memory),
    save: async (token) => {
      if (storage) storage.setItem(tokenKey, token);
      else memory = token;
    },
    clear: async () => {
      if (storage) storage.removeItem(tokenKey);
      else memory = undefined;
    },
  };
}

async function readCsv(file: File): Promise<OpenedCsv> {
  if (file.size > maxCsvChars * 4) throw new DomainError('fileTooLarge');
  let text: string;
  try {
    text = (await file.text()).replace(/^\uFEFF/, '');
  } catch {
    throw new DomainError('fileNotReadable');
  }
  if (text.length > maxCsvChars) throw new DomainError('fileTooLarge');
  return { fileName: file.name, text };
}

/** The browser stand-in for the desktop preload: links open in a new tab, cut off from this one. */
export function createWebPlatform(deps: WebPlatformDeps): AppPlatform {
  return {
    kind: 'web',
    getAppVersion: async () => deps.version,
    openExternal: async (url: string) => {
      if (!isSafeExternalUrl(url)) {
        throw new Error('Refused to open a link that is not a plain http, https or mailto address');
      }
      deps.openWindow(url, '_blank', 'noopener,noreferrer');
    },
    notify: async (message) => {
      deps.showNotification?.(message);
    },
    tokens: webTokenStore(deps.sessionStorage),
    // The data layer keeps the browser profile's key beside the database (data/crypto).
    loadDatabaseKey: async () => undefined,
    exportPdf: async () => {
      deps.print?.();
      return 'printDialog';
    },
    openCsv: async () => {
      const file = (await deps.pickFile?.('.csv,text/csv,text/plain')) ?? null;
      return file ? readCsv(file) : null;
    },
    saveCsv: async ({ fileName, text }) => {
      // A byte-order mark makes Excel read the UTF-8 (Chinese names) correctly.
      const blob = new Blob([`\uFEFF${text}`], { type: 'text/csv;charset=utf-8' });
      deps.download?.({ fileName: fileName.endsWith('.csv') ? fileName : `${fileName}.csv`, blob });
      return 'downloaded';
    },
    getUpdateStatus: async () => ({ state: 'unsupported' }),
    installUpdate: async () => undefined,
    onUpdateStatus: () => noop,
    getOpenAtLogin: async () => ({ supported: false, enabled: false }),
    setOpenAtLogin: async () => ({ supported: false, enabled: false }),
    onMenuNewLead: () => noop,
    onMenuSearch: () => noop,
    onMenuSyncNow: () => noop,
    onOpenRoute: () => noop,
  };
}
