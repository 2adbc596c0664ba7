import { describe, expect, it } from 'vitest';
import { createTokenVault, type Keychain, keychainProblem, type TokenFile } from './tokenVault.ts';

// safeStorage needs a running Electron; this stand-in "encrypts" reversibly so the test can see
// that only ciphertext reaches the file.
function fakeKeychain(
  options: { available?: boolean; backend?: string; broken?: boolean } = {},
): Keychain {
  return {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (text) => Buffer.from(`enc:${Buffer.from(text).toString('base64')}`),
    decryptString: (data) => {
      if (options.broken) throw new Error('Error while decrypting the ciphertext');
      return Buffer.from(data.toString().slice(4), 'base64').toString();
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

describe('keychainProblem', () => {
  it('accepts real keychains', () => {
    for (const [platform, backend] of [
      ['darwin', undefined],
      ['win32', undefined],
      ['linux', 'gnome_libsecret'],
      ['linux', 'kwallet5'],
    ] as const) {
      expect(
        keychainProblem({ platform, encryptionAvailable: true, linuxBackend: backend }),
      ).toBeUndefined();
    }
  });

  it("refuses Linux's plain-text fallback and unavailable encryption", () => {
    expect(
      keychainProblem({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'basic_text' }),
    ).toBe('keychainUnavailable');
    expect(
      keychainProblem({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'unknown' }),
    ).toBe('keychainUnavailable');
    expect(
      keychainProblem({ platform: 'darwin', encryptionAvailable: false, linuxBackend: undefined }),
    ).toBe('keychainUnavailable');
  });
});

describe('createTokenVault', () => {
  it('stores only ciphertext and reads the token back', () => {
    const file = memoryFile();
    const vault = createTokenVault({ keychain: fakeKeychain(), platform: 'win32', file });
    expect(vault.load()).toEqual({ ok: true, value: null });
    expect(vault.save('fbt_secret')).toEqual({ ok: true, value: null });
    expect(file.data?.toString()).not.toContain('fbt_secret');
    expect(vault.load()).toEqual({ ok: true, value: 'fbt_secret' });
    vault.clear();
    expect(file.data).toBeUndefined();
  });

  it('refuses to store on basic_text and writes nothing', () => {
    const file = memoryFile();
    const vault = createTokenVault({
      keychain: fakeKeychain({ backend: 'basic_text' }),
      platform: 'linux',
      file,
    });
    expect(vault.save('fbt_secret')).toEqual({ ok: false, code: 'keychainUnavailable' });
    expect(file.data).toBeUndefined();
  });

  it('forgets a token the keychain can no longer decrypt', () => {
    const file = memoryFile();
    file.write(Buffer.from('garbage'));
    const vault = createTokenVault({
      keychain: fakeKeychain({ broken: true }),
      platform: 'darwin',
      file,
    });
    expect(vault.load()).toEqual({ ok: false, code: 'keychainFailed' });
    expect(file.data).toBeUndefined();
  });
});
