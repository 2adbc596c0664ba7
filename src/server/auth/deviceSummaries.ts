import type { ClientApp } from '../../shared/sync/clientApp.ts';
import type { SessionRecord } from '../store/Store.ts';

/** One device of a user as the admin sees it, however often it signed in. */
export type DeviceSummary = {
  deviceId: string;
  deviceName: string;
  createdAt: string;
  lastSeenAt: string | null;
  app: ClientApp | null;
  /** No session of the device is open any more. */
  revoked: boolean;
  wiped: boolean;
};

function seenAt(session: SessionRecord): string {
  return session.lastSeenAt ?? session.createdAt;
}

function usedLater(a: SessionRecord, b: SessionRecord): SessionRecord {
  return seenAt(b) > seenAt(a) ? b : a;
}

/**
 * Folds a user's sessions into one row per device: first sign-in, last use, and the name and app
 * build of the session used last (signing in again on one device makes a new session).
 */
export function deviceSummaries(sessions: readonly SessionRecord[]): DeviceSummary[] {
  const byDevice = new Map<string, SessionRecord[]>();
  for (const session of sessions) {
    byDevice.set(session.deviceId, [...(byDevice.get(session.deviceId) ?? []), session]);
  }
  return [...byDevice.entries()]
    .map(([deviceId, own]) => {
      const latest = own.reduce(usedLater);
      const reported = own.filter((session) => session.app);
      const seen = own.flatMap((session) => (session.lastSeenAt ? [session.lastSeenAt] : []));
      return {
        deviceId,
        deviceName: latest.deviceName,
        createdAt: own.map((session) => session.createdAt).sort()[0] ?? latest.createdAt,
        lastSeenAt: seen.sort().at(-1) ?? null,
        app: reported.length > 0 ? (reported.reduce(usedLater).app ?? null) : null,
        revoked: own.every((session) => session.revokedAt !== null),
        wiped: own.some((session) => Boolean(session.wipedAt)),
      };
    })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
