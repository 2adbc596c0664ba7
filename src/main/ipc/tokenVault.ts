import type { PlatformResult } from '../../shared/platform/PlatformApi.ts';
import type { PlatformErrorCode } from '../../shared/platform/platformErrors.ts';

/** The part of Electron's `safeStorage` the vault uses. */
export type Keychain = {
  isEncryptionAvailable(): boolean;
  /** Linux only: which secret store Chromium picked (`basic_text` means none). */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
};

/** Where the encrypted token lives (a file in the app's user data folder). */
export type TokenFile = {
  read(): Buffer | undefined;
  write(data: Buffer): void;
  remove(): void;
};

/**
 * Why a token may not be stored here, or undefined when the keychain is real. On Linux without
 * a secret service, Chromium "encrypts" with a hard-coded password (`basic_text`): that is not a
 * keychain, so Fieldbook refuses rather than pretend.
 */
export function keychainProblem(input: {
  platform: NodeJS.Platform;
  encryptionAvailable: boolean;
  linuxBackend: string | undefined;
}): PlatformErrorCode | undefined {
  if (!input.encryptionAvailable) return 'keychainUnavailable';
  // 'unknown' (or no answer) is refused too: a store we cannot name is not one we can vouch for.
  const backend = input.linuxBackend ?? 'unknown';
  if (input.platform === 'linux' && (backend === 'basic_text' || backend === 'unknown')) {
    return 'keychainUnavailable';
  }
  return undefined;
}

/** The sync token, encrypted by the OS keychain before it touches the disk. */
export function createTokenVault(options: {
  keychain: Keychain;
  platform: NodeJS.Platform;
  file: TokenFile;
}) {
  const problem = (): PlatformErrorCode | undefined =>
    keychainProblem({
      platform: options.platform,
      encryptionAvailable: options.keychain.isEncryptionAvailable(),
      linuxBackend:
        options.platform === 'linux' ? options.keychain.getSelectedStorageBackend?.() : undefined,
    });
  return {
    load(): PlatformResult<string | null> {
      const stored = options.file.read();
      if (!stored) return { ok: true, value: null };
      const refused = problem();
      if (refused) return { ok: false, code: refused };
      try {
        return { ok: true, value: options.keychain.decryptString(stored) };
      } catch {
        // A token encrypted under another user or a reset keychain is useless: sign in again.
        options.file.remove();
        return { ok: false, code: 'keychainFailed' };
      }
    },
    save(token: string): PlatformResult<null> {
      const refused = problem();
      if (refused) return { ok: false, code: refused };
      try {
        options.file.write(options.keychain.encryptString(token));
        return { ok: true, value: null };
      } catch {
        return { ok: false, code: 'keychainFailed' };
      }
    },
    clear(): void {
      options.file.remove();
    },
  };
}
