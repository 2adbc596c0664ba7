import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';
import { hashToken, newToken } from './tokens.ts';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('fieldbook-demo');
    expect(stored.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword('fieldbook-demo', stored)).toBe(true);
    expect(await verifyPassword('fieldbook-demO', stored)).toBe(false);
  });

  it('salts every hash and never matches a malformed one', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1$2$3$salt$short')).toBe(false);
  });

  it('treats composed and decomposed Unicode the same', async () => {
    const stored = await hashPassword('Caf\u00e9-王丽');
    expect(await verifyPassword('Cafe\u0301-王丽', stored)).toBe(true);
  });
});

describe('tokens', () => {
  it('are long, random and stored only as a hash', () => {
    const token = newToken();
    expect(Buffer.from(token, 'base64url').length).toBe(32);
    expect(newToken()).not.toBe(token);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toContain(token);
  });
});
