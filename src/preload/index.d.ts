import type { PlatformApi } from '../shared/platform/PlatformApi.ts';

declare global {
  // biome-ignore lint/style/useConsistentTypeDefinitions: only an interface can add a property to Window.
  interface Window {
    /** Set by the desktop preload; absent in a plain browser. Read it only in src/renderer/platform. */
    readonly fieldbook?: PlatformApi;
  }
}
