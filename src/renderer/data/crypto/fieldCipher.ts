import { fromBase64, toBase64 } from './base64.ts';

/** Encrypts one stored field value at a time (any JSON value) into a self-describing string. */
export type FieldCipher = {
  encrypt(value: unknown): Promise<string>;
  decrypt(stored: string): Promise<unknown>;
};

// `fb1.` + base64(iv ‖ AES-256-GCM ciphertext ‖ tag). The prefix names the format so a later
// scheme can be told apart; GCM's tag means a tampered or foreign value fails loudly.
const prefix = 'fb1.';
const ivBytes = 12;
const keyBytes = 32;

/** A new random 256-bit database key, as base64 text (what the keychain or the profile keeps). */
export function newDatabaseKey(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(keyBytes)));
}

/** Whether `text` is a key `newDatabaseKey` could have made (base64 of 32 bytes). */
export function isDatabaseKey(text: string): boolean {
  if (!/^[A-Za-z0-9+/]{43}=$/.test(text)) return false;
  return fromBase64(text).length === keyBytes;
}

/**
 * A cipher over WebCrypto's AES-256-GCM with the raw key (no per-value key derivation, which is
 * what makes RxDB's crypto-js plugin ~20× slower per field), a fresh random IV per value. The
 * imported key is not extractable, so the page cannot read it back out of the CryptoKey.
 */
export async function createFieldCipher(databaseKey: string): Promise<FieldCipher> {
  if (!isDatabaseKey(databaseKey)) throw new Error('The database key is not a 256-bit base64 key');
  const key = await crypto.subtle.importKey('raw', fromBase64(databaseKey), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  return {
    async encrypt(value) {
      const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
      const plain = encoder.encode(JSON.stringify(value));
      const sealed = new Uint8Array(
        await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain),
      );
      const out = new Uint8Array(ivBytes + sealed.length);
      out.set(iv);
      out.set(sealed, ivBytes);
      return prefix + toBase64(out);
    },
    async decrypt(stored) {
      if (!stored.startsWith(prefix)) throw new Error('A stored value is not encrypted');
      const bytes = fromBase64(stored.slice(prefix.length));
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: bytes.subarray(0, ivBytes) },
        key,
        bytes.subarray(ivBytes),
      );
      return JSON.parse(decoder.decode(plain));
    },
  };
}
