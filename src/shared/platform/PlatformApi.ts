import type { DeepLinkRoute } from './deepLink.ts';
import type { PlatformErrorCode } from './platformErrors.ts';

/** A desktop notification: short plain text, already translated. */
export type NotificationMessage = { title: string; body: string };

/** Where the installed app stands with updates (the web client is always `unsupported`). */
export type UpdateStatus =
  | { state: 'unsupported' }
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'available'; version: string }
  | { state: 'downloading'; version: string; percent: number }
  | { state: 'ready'; version: string }
  | { state: 'error'; message: string };

/** A CSV file the person picked; `text` is its content as UTF-8. */
export type OpenedCsv = { fileName: string; text: string };

/** What `saveCsv`, `exportPdf` report: whether a file was written (false when cancelled). */
export type SaveOutcome = { saved: boolean };

/** A failure the renderer translates (`errors.<code>`); every other failure is a bug. */
export type PlatformResult<T> = { ok: true; value: T } | { ok: false; code: PlatformErrorCode };

/** Whether the app starts when the person signs in to the computer. */
export type OpenAtLogin = { supported: boolean; enabled: boolean };

/** Menu actions and deep links the main process sends; one named channel each, no generic `on`. */
export type Unsubscribe = () => void;

/** What the renderer may ask of the desktop shell. The preload exposes exactly this object. */
export type PlatformApi = {
  /** Which shell runs the renderer. */
  readonly kind: 'electron';
  /** App version of the desktop build. */
  getAppVersion: () => Promise<string>;
  /** Opens an http(s) or mailto link in the system browser after the main process checks it. */
  openExternal: (url: string) => Promise<void>;
  /** Shows a desktop notification (e.g. a task reminder that falls due). */
  notify: (message: NotificationMessage) => Promise<void>;

  /** The sync token, kept encrypted by the OS keychain (safeStorage). */
  loadToken: () => Promise<PlatformResult<string | null>>;
  /** Refuses (`keychainUnavailable`) where the OS offers no real keychain (Linux basic_text). */
  saveToken: (token: string) => Promise<PlatformResult<null>>;
  clearToken: () => Promise<void>;
  /**
   * The key that encrypts personal fields in the local database: made once, kept encrypted by
   * the OS keychain. Refuses (`keychainUnavailable`) where the OS offers no real keychain.
   */
  loadDatabaseKey: () => Promise<PlatformResult<string>>;

  /** Prints the current page to PDF (print CSS applies) and asks where to save it. */
  exportPdf: (request: { fileName: string }) => Promise<PlatformResult<SaveOutcome>>;
  /** Asks for a CSV file and reads it; null when cancelled. */
  openCsv: () => Promise<PlatformResult<OpenedCsv | null>>;
  /** Asks where to save a CSV file and writes it. */
  saveCsv: (request: { fileName: string; text: string }) => Promise<PlatformResult<SaveOutcome>>;

  getUpdateStatus: () => Promise<UpdateStatus>;
  /** Quits and installs a downloaded update (status `ready`). */
  installUpdate: () => Promise<void>;
  onUpdateStatus: (listener: (status: UpdateStatus) => void) => Unsubscribe;

  getOpenAtLogin: () => Promise<OpenAtLogin>;
  setOpenAtLogin: (enabled: boolean) => Promise<OpenAtLogin>;

  /** Application menu / shortcuts (File > New lead, Edit > Search, File > Sync now). */
  onMenuNewLead: (listener: () => void) => Unsubscribe;
  onMenuSearch: (listener: () => void) => Unsubscribe;
  onMenuSyncNow: (listener: () => void) => Unsubscribe;
  /** A `fieldbook://` link asked to show a record. */
  onOpenRoute: (listener: (route: DeepLinkRoute) => void) => Unsubscribe;
};
