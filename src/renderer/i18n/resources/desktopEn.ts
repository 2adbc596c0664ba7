import type { PlatformErrorCode } from '../../../shared/platform/platformErrors.ts';

/** Desktop shell: updates, start at login. */
export const desktopEn = {
  updates: {
    region: 'App update',
    available: 'Fieldbook {{version}} is available and downloading…',
    downloading: 'Downloading Fieldbook {{version}}: {{percent}}%',
    ready: 'Fieldbook {{version}} is ready. Restart to update.',
    restart: 'Restart to update',
    later: 'Later',
    error: 'Could not check for updates: {{message}}',
  },
  openAtLogin: {
    label: 'Open Fieldbook when I sign in to this computer',
    unsupported: 'Starting at sign-in is not available on this system.',
  },
};

/** Messages for the desktop services' error codes (`errors.<code>`). */
export const platformErrorsEn = {
  keychainUnavailable:
    'This computer has no keychain to protect your sign-in, so Fieldbook will not store it. Install and unlock a keyring (e.g. GNOME Keyring or KWallet), then sign in again.',
  keychainFailed: 'The system keychain could not read your saved sign-in. Please sign in again.',
  fileTooLarge: 'This file is too large to import (the limit is 20 MB).',
  fileNotReadable: 'Fieldbook could not read this file.',
  fileNotWritable: 'Fieldbook could not save the file there. Choose another folder.',
} satisfies Record<PlatformErrorCode, string>;
