import type { DeepLinkRoute } from '../../shared/platform/deepLink.ts';
import type {
  NotificationMessage,
  OpenAtLogin,
  OpenedCsv,
  Unsubscribe,
  UpdateStatus,
} from '../../shared/platform/PlatformApi.ts';

/** Where the sync token is kept: the OS keychain in the desktop app, sessionStorage in a browser. */
export type PlatformTokenStore = {
  load(): Promise<string | undefined>;
  /** Throws DomainError('keychainUnavailable') where the desktop has no real keychain. */
  save(token: string): Promise<void>;
  clear(): Promise<void>;
};

/**
 * What the UI may ask of whichever shell runs it: the desktop app or a plain browser. Failures the
 * person can act on are thrown as DomainError with a platform code (`errors.<code>`).
 */
export type AppPlatform = {
  readonly kind: 'electron' | 'web';
  getAppVersion(): Promise<string>;
  openExternal(url: string): Promise<void>;
  notify(message: NotificationMessage): Promise<void>;
  readonly tokens: PlatformTokenStore;
  /**
   * The key that encrypts personal fields in the local database. Desktop: made once and kept in
   * the OS keychain. Undefined in a browser, or where the desktop has no real keychain: the data
   * layer then keeps a per-profile key of its own (weaker; docs/desktop.md).
   */
  loadDatabaseKey(): Promise<string | undefined>;
  /** Desktop: printToPDF + save dialog. Browser: the print dialog, whose "Save as PDF" does it. */
  exportPdf(request: { fileName: string }): Promise<'saved' | 'cancelled' | 'printDialog'>;
  /** Desktop: open dialog. Browser: a file picker. Null when cancelled. */
  openCsv(): Promise<OpenedCsv | null>;
  /** Desktop: save dialog. Browser: a download. */
  saveCsv(request: {
    fileName: string;
    text: string;
  }): Promise<'saved' | 'cancelled' | 'downloaded'>;
  getUpdateStatus(): Promise<UpdateStatus>;
  installUpdate(): Promise<void>;
  onUpdateStatus(listener: (status: UpdateStatus) => void): Unsubscribe;
  getOpenAtLogin(): Promise<OpenAtLogin>;
  setOpenAtLogin(enabled: boolean): Promise<OpenAtLogin>;
  onMenuNewLead(listener: () => void): Unsubscribe;
  onMenuSearch(listener: () => void): Unsubscribe;
  onMenuSyncNow(listener: () => void): Unsubscribe;
  /** A `fieldbook://` link asked to show a record (already checked). */
  onOpenRoute(listener: (route: DeepLinkRoute) => void): Unsubscribe;
};
