import { randomBytes } from 'node:crypto';
import { safeStorage } from 'electron';
import { platformChannels } from '../../shared/platform/platformChannels.ts';
import type { RendererSource } from '../rendererSource.ts';
import { createDatabaseKeyVault } from './databaseKeyVault.ts';
import { handleTrusted } from './handleTrusted.ts';
import { noArgsSchema } from './ipcArgs.ts';
import { userDataFile } from './tokenIpc.ts';

/** Hands the renderer the local database's key from the OS keychain (see databaseKeyVault). */
export function registerDatabaseKeyIpc(source: RendererSource): void {
  const vault = createDatabaseKeyVault({
    keychain: safeStorage,
    platform: process.platform,
    file: userDataFile('database-key.bin'),
    newKey: () => randomBytes(32).toString('base64'),
  });
  handleTrusted({
    channel: platformChannels.loadDatabaseKey,
    source,
    args: noArgsSchema,
    handle: () => vault.load(),
  });
}
