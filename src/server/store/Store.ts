/**
 * The sync server's persistence port. Two adapters implement it: node:sqlite (embedded default)
 * and PostgreSQL. One contract test suite runs against both.
 */

import type { Role } from '../../shared/domain/roles.ts';

export type { Role };

/** A replicated document as the server keeps it: the client-visible JSON plus access columns. */
export type StoredDocument = {
  collection: string;
  id: string;
  /** Server change sequence; strictly increasing in commit order across the whole store. */
  seq: number;
  ownerId: string;
  teamId: string | null;
  deleted: boolean;
  /** The document exactly as replicated (without `_deleted`, which `deleted` carries). */
  data: Record<string, unknown>;
  /** The device whose push wrote this version, so the live stream need not echo it back. */
  writtenByDevice?: string | null;
};

/** Which documents a pull may return: everything, or those owned by / shared with these ids. */
export type AccessFilter =
  | { kind: 'all' }
  | { kind: 'some'; ownerIds: readonly string[]; teamIds: readonly string[] };

export type DocumentWrite = {
  collection: string;
  id: string;
  ownerId: string;
  teamId: string | null;
  deleted: boolean;
  data: Record<string, unknown>;
  /** Server time of the change (ISO); tombstone retention counts from it. Defaults to now. */
  changedAt?: string;
  /** The device that pushed this version, if it came from a push. */
  writtenByDevice?: string;
};

export type PullPage = { documents: StoredDocument[]; lastSeq: number };

/** A change notification fanned out to every server process after commit. */
export type ChangeNotice = { collections: string[]; seq: number };

export type UserRecord = {
  id: string;
  email: string;
  name: string;
  role: Role;
  teamId: string | null;
  passwordHash: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
};

export type TeamRecord = { id: string; name: string; createdAt: string };

export type SessionRecord = {
  tokenHash: string;
  userId: string;
  deviceId: string;
  deviceName: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
};

/** Work done inside one serialized write transaction. */
export type WriteTransaction = {
  getDocuments: (collection: string, ids: readonly string[]) => Promise<StoredDocument[]>;
  /** Writes the document with the next sequence number and returns that number. */
  putDocument: (write: DocumentWrite) => Promise<number>;
};

export type Store = {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies pending versioned migrations; safe to run on every start. */
  migrate: () => Promise<void>;
  /**
   * The store's epoch: fixed for its life, new after a restore from backup, so devices that
   * synced with a newer state can tell and push what they hold again.
   */
  epoch: () => Promise<string>;
  /** Resolves when the store answers a trivial query. */
  ping: () => Promise<void>;
  close: () => Promise<void>;

  /** Runs `work` with every other writer excluded, so sequence order equals commit order. */
  write: <T>(work: (tx: WriteTransaction) => Promise<T>) => Promise<T>;
  pull: (params: {
    collection: string;
    afterSeq: number;
    limit: number;
    access: AccessFilter;
  }) => Promise<PullPage>;
  getDocuments: (collection: string, ids: readonly string[]) => Promise<StoredDocument[]>;
  countDocuments: (collection?: string) => Promise<number>;
  /**
   * Removes tombstones (and revocations) last changed before `before`. Clients whose checkpoint
   * is older than the returned `purgedThroughSeq` may have missed a deletion and must resync.
   */
  purgeTombstones: (params: {
    before: string;
  }) => Promise<{ purged: number; purgedThroughSeq: number }>;
  /** The highest seq of any purged tombstone (0 when none was purged). */
  purgedThroughSeq: () => Promise<number>;
  /** The highest sequence number committed so far (0 for an empty store). */
  latestSeq: () => Promise<number>;
  /** Subscribes to committed changes (from any process sharing the store). */
  subscribe: (listener: (notice: ChangeNotice) => void) => () => void;

  /**
   * Hands out the next device index (0, 1, 2 …) for document number series at sign-in; atomic,
   * so no two sign-ins (in any process) ever get the same one.
   */
  takeDeviceIndex: () => Promise<number>;

  createTeam: (team: TeamRecord) => Promise<void>;
  listTeams: () => Promise<TeamRecord[]>;
  createUser: (user: UserRecord) => Promise<void>;
  updateUser: (
    id: string,
    patch: Partial<Pick<UserRecord, 'name' | 'role' | 'teamId' | 'passwordHash' | 'active'>> & {
      updatedAt: string;
    },
  ) => Promise<void>;
  getUser: (id: string) => Promise<UserRecord | undefined>;
  findUserByEmail: (email: string) => Promise<UserRecord | undefined>;
  listUsers: () => Promise<UserRecord[]>;
  countUsers: () => Promise<number>;

  createSession: (session: SessionRecord) => Promise<void>;
  findSession: (tokenHash: string) => Promise<SessionRecord | undefined>;
  touchSession: (tokenHash: string, at: string) => Promise<void>;
  revokeSession: (tokenHash: string, at: string) => Promise<void>;
  revokeDevice: (userId: string, deviceId: string, at: string) => Promise<number>;
  listSessions: (userId: string) => Promise<SessionRecord[]>;
};
