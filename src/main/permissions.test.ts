import { describe, expect, it } from 'vitest';
import { isAllowedPermission } from './permissions.ts';

describe('isAllowedPermission', () => {
  it('grants notifications, which reminders use', () => {
    expect(isAllowedPermission('notifications')).toBe(true);
  });

  it.each([
    'media',
    'geolocation',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'hid',
    'serial',
    'usb',
    'display-capture',
    'unknown',
    '',
    'Notifications',
  ])('refuses %s', (permission) => {
    expect(isAllowedPermission(permission)).toBe(false);
  });
});
