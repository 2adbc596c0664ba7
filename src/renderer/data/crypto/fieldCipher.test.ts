import { describe, expect, it } from 'vitest';
import { fromBase64, fromBase64Portable, toBase64, toBase64Portable } from './base64.ts';
import { createFieldCipher, isDatabaseKey, newDatabaseKey } from './fieldCipher.ts';

// Written by the first release of the cipher (base64 through `btoa`), before the native base64
// path: data already on people's disks must keep opening.
const firstReleaseKey = 'q9JxWcY3m0bqgk1pI5n1u7Vd8mO3y0fV3r2oJmQy2aE=';
const firstReleaseCiphertext =
  'fb1.tj/qGjAycDdHCegOPA3pdKM/yB3kIuUivf9LHV4F612zJ6LpmYoR18VtIDTW3D32yQhwcVtKURKuIhGKjx52GpjIu2TClMRpDTh5uDCfZFgJ1KvCB72/4C+QWXM5ou3hOEDBvjiI1AgEkbBroEn7NkHalvKLRxrrGaSfQkfAW4DXuA7eGeHyVa2we4Iv6iXelR43QpOldNwzFTV18sWn6BMv27n89A==';
const firstReleaseValues = {
  email: 'wang.li@example.cn',
  phone: '+86 138 0013 8000',
  notes: '展会上询问了批量采购折扣。\nWants a quote for 200 units.',
};

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('base64', () => {
  // RFC 4648 section 10.
  const vectors: Array<[string, string]> = [
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ];

  it.each(vectors)('encodes %j as %j both ways, and decodes it back', (plain, encoded) => {
    expect(toBase64(bytesOf(plain))).toBe(encoded);
    expect(toBase64Portable(bytesOf(plain))).toBe(encoded);
    expect(fromBase64(encoded)).toEqual(bytesOf(plain));
    expect(fromBase64Portable(encoded)).toEqual(bytesOf(plain));
  });

  it('round-trips every byte value across several conversion chunks', () => {
    const bytes = new Uint8Array(20_011);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 7 + (i >> 8)) & 0xff;
    const encoded = toBase64Portable(bytes);
    expect(encoded).toBe(toBase64(bytes));
    expect(encoded).toHaveLength(Math.ceil(bytes.length / 3) * 4);
    expect(fromBase64Portable(encoded)).toEqual(bytes);
    expect(fromBase64(encoded)).toEqual(bytes);
  });
});

describe('field cipher', () => {
  it('opens ciphertext written by the first release', async () => {
    expect(isDatabaseKey(firstReleaseKey)).toBe(true);
    const cipher = await createFieldCipher(firstReleaseKey);
    await expect(cipher.decrypt(firstReleaseCiphertext)).resolves.toEqual(firstReleaseValues);
  });

  it('seals the same value differently each time (fresh IV) and opens both', async () => {
    const cipher = await createFieldCipher(newDatabaseKey());
    const [one, two] = await Promise.all([
      cipher.encrypt(firstReleaseValues),
      cipher.encrypt(firstReleaseValues),
    ]);
    expect(one).toMatch(/^fb1\./);
    expect(one).not.toBe(two);
    await expect(cipher.decrypt(one)).resolves.toEqual(firstReleaseValues);
    await expect(cipher.decrypt(two)).resolves.toEqual(firstReleaseValues);
  });

  it('refuses ciphertext under another key or tampered with', async () => {
    const other = await createFieldCipher(newDatabaseKey());
    await expect(other.decrypt(firstReleaseCiphertext)).rejects.toThrow();
    const cipher = await createFieldCipher(firstReleaseKey);
    const tampered = `${firstReleaseCiphertext.slice(0, 20)}A${firstReleaseCiphertext.slice(21)}`;
    expect(tampered).not.toBe(firstReleaseCiphertext);
    await expect(cipher.decrypt(tampered)).rejects.toThrow();
    await expect(cipher.decrypt('plain text')).rejects.toThrow('not encrypted');
  });
});
