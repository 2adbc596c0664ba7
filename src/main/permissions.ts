// Everything else (geolocation, media, MIDI, HID, serial, USB, pointer lock, ...) is refused until
// a feature needs it; camera capture for business cards will add 'media' with video only.
const allowedPermissions: ReadonlySet<string> = new Set(['notifications']);

/** Tells whether the app's own pages may be granted a browser permission. */
export function isAllowedPermission(permission: string): boolean {
  return allowedPermissions.has(permission);
}
