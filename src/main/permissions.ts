/** What Chromium tells the permission handlers about a request or check. */
export type PermissionQuery = {
  permission: string;
  /** Requests: the media kinds asked for ('video', 'audio'). */
  mediaTypes?: readonly string[];
  /** Checks: the one media kind being checked ('video', 'audio', 'unknown'). */
  mediaType?: string;
};

/**
 * Tells whether the app's own pages may be granted a browser permission: notifications (task
 * reminders) and the camera alone (badge and business-card scanning). Microphone, screen,
 * location, MIDI, HID, serial, USB, pointer lock, clipboard reads ... are all refused.
 */
export function isAllowedPermission(query: PermissionQuery): boolean {
  if (query.permission === 'notifications') return true;
  if (query.permission !== 'media') return false;
  if (query.mediaTypes !== undefined) {
    return query.mediaTypes.length > 0 && query.mediaTypes.every((kind) => kind === 'video');
  }
  return query.mediaType === 'video';
}
