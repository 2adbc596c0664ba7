import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../store/Store.ts';
import { deviceSummaries } from './deviceSummaries.ts';

function session(overrides: Partial<SessionRecord> & { tokenHash: string }): SessionRecord {
  return {
    userId: 'rep-1',
    deviceId: 'laptop',
    deviceName: 'Laptop',
    createdAt: '2026-11-01T08:00:00.000Z',
    expiresAt: '2026-12-01T08:00:00.000Z',
    revokedAt: null,
    lastSeenAt: '2026-11-01T08:00:00.000Z',
    ...overrides,
  };
}

describe('deviceSummaries', () => {
  it('shows a device signed in twice once, with its newest use and app build', () => {
    const rows = deviceSummaries([
      session({
        tokenHash: 'a',
        revokedAt: '2026-11-02T08:00:00.000Z',
        lastSeenAt: '2026-11-02T07:00:00.000Z',
        app: { version: '1.3.0', platform: 'desktop' },
      }),
      session({
        tokenHash: 'b',
        deviceName: 'Laptop (renamed)',
        createdAt: '2026-11-03T08:00:00.000Z',
        lastSeenAt: '2026-11-05T09:30:00.000Z',
        app: { version: '1.4.0', platform: 'desktop' },
      }),
      session({
        tokenHash: 'c',
        deviceId: 'browser',
        deviceName: 'Browser',
        createdAt: '2026-11-04T08:00:00.000Z',
        lastSeenAt: null,
        app: null,
      }),
    ]);
    expect(rows).toEqual([
      {
        deviceId: 'laptop',
        deviceName: 'Laptop (renamed)',
        createdAt: '2026-11-01T08:00:00.000Z',
        lastSeenAt: '2026-11-05T09:30:00.000Z',
        app: { version: '1.4.0', platform: 'desktop' },
        revoked: false,
        wiped: false,
      },
      {
        deviceId: 'browser',
        deviceName: 'Browser',
        createdAt: '2026-11-04T08:00:00.000Z',
        lastSeenAt: null,
        app: null,
        revoked: false,
        wiped: false,
      },
    ]);
  });

  it('calls a device revoked only when none of its sessions is open, and keeps a wipe', () => {
    const [revokedDevice] = deviceSummaries([
      session({ tokenHash: 'a', revokedAt: '2026-11-02T08:00:00.000Z' }),
      session({
        tokenHash: 'b',
        revokedAt: '2026-11-04T08:00:00.000Z',
        wipedAt: '2026-11-04T08:00:00.000Z',
      }),
    ]);
    expect(revokedDevice).toMatchObject({ revoked: true, wiped: true });
    expect(deviceSummaries([])).toEqual([]);
  });
});
