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
};

/** A desktop notification: short plain text, already translated. */
export type NotificationMessage = { title: string; body: string };
