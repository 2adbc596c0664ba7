import { type DeepLinkRoute, deepLinkRoutePath } from '../../../../shared/platform/deepLink.ts';
import type { AppPlatform } from '../../../platform/AppPlatform.ts';

/** What the app does for the native menu's commands and for `fieldbook://` links. */
export type DesktopCommandHandlers = {
  newLead(): void;
  search(): void;
  syncNow(): void;
  openPath(path: string): void;
};

/** Listens to the shell's menu and deep-link events; returns one function that stops them all. */
export function subscribeDesktopCommands(
  shell: Pick<AppPlatform, 'onMenuNewLead' | 'onMenuSearch' | 'onMenuSyncNow' | 'onOpenRoute'>,
  handlers: DesktopCommandHandlers,
): () => void {
  const stops = [
    shell.onMenuNewLead(() => handlers.newLead()),
    shell.onMenuSearch(() => handlers.search()),
    shell.onMenuSyncNow(() => handlers.syncNow()),
    shell.onOpenRoute((route: DeepLinkRoute) => handlers.openPath(deepLinkRoutePath(route))),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
