// No 0/O, 1/l/I: the password is read aloud or typed from a screen once.
const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random 14-character temporary password (about 80 bits), shown to the admin once. */
export function temporaryPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(14));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}
