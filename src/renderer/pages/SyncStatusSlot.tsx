import { SyncHeaderSlot } from '../modules/sync/components/SyncHeaderSlot.tsx';

/** The header's sync corner: sign-in when signed out, else status, "Sync now" and the account. */
export function SyncStatusSlot() {
  return <SyncHeaderSlot />;
}
