import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDatabaseKeyVault } from './databaseKeyVault.ts';
import type { Keychain, TokenFile } from './tokenVault.ts';

// safeStorage needs a running Electron; this stand-in "encrypts" reversibly so the test can see
// that only ciphertext reaches the file.
function fakeKeychain(options: { backend?: string; broken?: boolean } = {}): Keychain {
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (text) => Buffer.from(`enc:${Buffer.from(text).toString('hex')}`),
    decryptString: (data) => {
      if (options.broken) throw new Error('Error while decrypting the ciphertext');
      return Buffer.from(data.toString().slice(4), 'hex').toString();
    },
  };
}

function memoryFile(): TokenFile & { data: Buffer | undefined } {
  const file = {
    data: undefined as Buffer | undefined,
    read: () => file.data,
    write: (data: Buffer) => {
      file.data = data;
    },
    remove: () => {
      file.data = undefined;
    },
  };
  return file;
}

const newKey = () => randomBytes(32).toString('base64');

describe('database key vault', () => {
  it('makes a 256-bit key once, keeps only its keychain ciphertext, and returns it again', () => {
    const file = memoryFile();
    const vault = createDatabaseKeyVault({
      keychain: fakeKeychain(),
      platform: 'darwin',
      file,
      newKey,
    });
    const first = vault.load();
    expect(first.ok).toBe(true);
    const key = first.ok ? first.value : '';
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    expect(file.data?.toString()).not.toContain(key);
    expect(vault.load()).toEqual({ ok: true, value: key });
  });

  it('refuses where Linux has no real keychain, and stores nothing', () => {
    const file = memoryFile();
    const vault = createDatabaseKeyVault({
      keychain: fakeKeychain({ backend: 'basic_text' }),
      platform: 'linux',
      file,
      newKey,
    });
    expect(vault.load()).toEqual({ ok: false, code: 'keychainUnavailable' });
    expect(file.data).toBeUndefined();
  });

  it('starts a new key when the keychain can no longer read the stored one', () => {
    const file = memoryFile();
    const before = createDatabaseKeyVault({
      keychain: fakeKeychain(),
      platform: 'win32',
      file,
      newKey,
    }).load();
    const after = createDatabaseKeyVault({
      keychain: fakeKeychain({ broken: true }),
      platform: 'win32',
      file,
      newKey,
    }).load();
    expect(before.ok && after.ok).toBe(true);
    expect(after).not.toEqual(before);
  });
});
