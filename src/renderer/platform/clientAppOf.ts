import type { ClientApp } from '../../shared/sync/clientApp.ts';
import { appVersionSchema } from '../../shared/sync/clientApp.ts';
import type { AppPlatform } from './AppPlatform.ts';

/** The app build the shell runs, as the sync server records it for the admin's device list. */
export async function clientAppOf(
  shell: Pick<AppPlatform, 'kind' | 'getAppVersion'>,
): Promise<ClientApp> {
  const platform = shell.kind === 'electron' ? 'desktop' : 'web';
  // A shell that cannot say its version must not keep the app from opening.
  const version = await shell.getAppVersion().catch(() => 'unknown');
  const parsed = appVersionSchema.safeParse(version);
  return { version: parsed.success ? parsed.data : 'unknown', platform };
}
