import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// N=2^15 keeps a login around 50-100 ms on a laptop core: slow for guessing, fine for people.
const params = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const keyLength = 64;

function derive(password: string, salt: Buffer, options: typeof params): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/**
 * Hashes a password with scrypt; the result carries its own parameters and salt. `cost` (scrypt's
 * N) is lowered only by tests, to keep hundreds of sign-ins fast.
 */
export async function hashPassword(password: string, cost: number = params.N): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, { ...params, N: cost });
  return `scrypt$${cost}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Checks a password against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltText, keyText] = parts;
  const expected = Buffer.from(keyText ?? '', 'base64url');
  if (expected.length !== keyLength) return false;
  const key = await derive(password, Buffer.from(saltText ?? '', 'base64url'), {
    ...params,
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(key, expected);
}
