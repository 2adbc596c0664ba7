import type { PlatformApi } from '../../shared/platform/PlatformApi.ts';

/** What the UI may ask of whichever shell runs it: the desktop app or a plain browser. */
export type AppPlatform = Omit<PlatformApi, 'kind'> & {
  readonly kind: PlatformApi['kind'] | 'web';
};
