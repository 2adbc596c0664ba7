import { describe, expect, it } from 'vitest';
import { isAllowedPermission } from './permissions.ts';

describe('isAllowedPermission', () => {
  it('grants notifications, which reminders use', () => {
    expect(isAllowedPermission({ permission: 'notifications' })).toBe(true);
  });

  it('grants the camera, and only the camera, for badge scanning', () => {
    expect(isAllowedPermission({ permission: 'media', mediaTypes: ['video'] })).toBe(true);
    expect(isAllowedPermission({ permission: 'media', mediaType: 'video' })).toBe(true);
    expect(isAllowedPermission({ permission: 'media', mediaTypes: ['video', 'audio'] })).toBe(
      false,
    );
    expect(isAllowedPermission({ permission: 'media', mediaTypes: ['audio'] })).toBe(false);
    expect(isAllowedPermission({ permission: 'media', mediaTypes: [] })).toBe(false);
    expect(isAllowedPermission({ permission: 'media', mediaType: 'audio' })).toBe(false);
    expect(isAllowedPermission({ permission: 'media', mediaType: 'unknown' })).toBe(false);
    expect(isAllowedPermission({ permission: 'media' })).toBe(false);
  });

  it.each([
    'geolocation',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'hid',
    'serial',
    'usb',
    'display-capture',
    'idle-detection',
    'window-management',
    'unknown',
    '',
    'Notifications',
  ])('refuses %s', (permission) => {
    expect(isAllowedPermission({ permission, mediaTypes: ['video'] })).toBe(false);
  });
});
