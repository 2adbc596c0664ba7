import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, safeStorage } from 'electron';
import { platformChannels } from '../../shared/platform/platformChannels.ts';
import type { RendererSource } from '../rendererSource.ts';
import { handleTrusted } from './handleTrusted.ts';
import { noArgsSchema, saveTokenArgsSchema } from './ipcArgs.ts';
import { createTokenVault, type TokenFile } from './tokenVault.ts';

/** A file in the app's user data folder, readable only by this OS user. */
export function userDataFile(name: string): TokenFile {
  const path = join(app.getPath('userData'), name);
  return {
    read: () => {
      try {
        return readFileSync(path);
      } catch {
        return undefined;
      }
    },
    // Only this OS user may read the (already encrypted) token.
    write: (data) => writeFileSync(path, data, { mode: 0o600 }),
    remove: () => rmSync(path, { force: true }),
  };
}

/** Keeps the sync token in the OS keychain (safeStorage); the renderer never sees the file. */
export function registerTokenIpc(source: RendererSource): void {
  const vault = createTokenVault({
    keychain: safeStorage,
    platform: process.platform,
    file: userDataFile('sync-token.bin'),
  });
  handleTrusted({
    channel: platformChannels.loadToken,
    source,
    args: noArgsSchema,
    handle: () => vault.load(),
  });
  handleTrusted({
    channel: platformChannels.saveToken,
    source,
    args: saveTokenArgsSchema,
    handle: ([token]) => vault.save(token),
  });
  handleTrusted({
    channel: platformChannels.clearToken,
    source,
    args: noArgsSchema,
    handle: () => vault.clear(),
  });
}
