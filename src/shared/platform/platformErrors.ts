/**
 * Failures of desktop services that the person can act on; the UI translates `errors.<code>`.
 * - keychainUnavailable: the OS has no keychain to encrypt the sign-in token with (Linux without
 *   a secret service falls back to a plain-text "basic_text" backend), so the token is not kept.
 * - keychainFailed: the keychain refused to encrypt or decrypt (locked, reset, another user).
 * - fileTooLarge: a picked CSV file is larger than the app reads.
 * - fileNotReadable / fileNotWritable: the OS refused to read or write the chosen file.
 */
export const platformErrorCodes = [
  'keychainUnavailable',
  'keychainFailed',
  'fileTooLarge',
  'fileNotReadable',
  'fileNotWritable',
] as const;
export type PlatformErrorCode = (typeof platformErrorCodes)[number];
