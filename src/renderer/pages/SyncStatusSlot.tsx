/**
 * Where the sync status (last sync, pending changes, offline) will live once sync exists.
 * Until then it renders nothing: a status the app cannot back up would mislead.
 */
export function SyncStatusSlot() {
  return null;
}
