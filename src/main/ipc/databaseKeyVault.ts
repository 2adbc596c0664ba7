import type { PlatformResult } from '../../shared/platform/PlatformApi.ts';
import { type Keychain, keychainProblem, type TokenFile } from './tokenVault.ts';

// Base64 of 32 bytes, as the renderer's cipher expects (data/crypto/fieldCipher.ts).
const databaseKeyPattern = /^[A-Za-z0-9+/]{43}=$/;

/**
 * The local database's encryption key, made once and kept in a file only the OS keychain can
 * decrypt (safeStorage), so a copied profile folder without the user's OS login reveals no
 * personal data. `newKey` makes 32 random bytes as base64 (node:crypto in the main process).
 */
export function createDatabaseKeyVault(options: {
  keychain: Keychain;
  platform: NodeJS.Platform;
  file: TokenFile;
  newKey: () => string;
}) {
  return {
    load(): PlatformResult<string> {
      const refused = keychainProblem({
        platform: options.platform,
        encryptionAvailable: options.keychain.isEncryptionAvailable(),
        linuxBackend:
          options.platform === 'linux' ? options.keychain.getSelectedStorageBackend?.() : undefined,
      });
      if (refused) return { ok: false, code: refused };
      const stored = options.file.read();
      if (stored) {
        try {
          const key = options.keychain.decryptString(stored);
          if (databaseKeyPattern.test(key)) return { ok: true, value: key };
        } catch {
          // Encrypted under another OS user or a reset keychain: the database it protects cannot
          // be read any more either, so a new key starts a new one (sync refills it).
        }
      }
      const key = options.newKey();
      if (!databaseKeyPattern.test(key)) throw new Error('newKey made no 256-bit base64 key');
      try {
        options.file.write(options.keychain.encryptString(key));
      } catch {
        return { ok: false, code: 'keychainFailed' };
      }
      return { ok: true, value: key };
    },
  };
}
