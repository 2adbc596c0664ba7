/**
 * The sync server's persistence port. Two adapters implement it: node:sqlite (embedded default)
 * and PostgreSQL. One contract test suite runs against both.
 */

import type { AuditEntry, AuditQuery } from '../../shared/audit/auditEntry.ts';
import type { Role } from '../../shared/domain/roles.ts';
import type { ClientApp } from '../../shared/sync/clientApp.ts';

export type { Role };

/** An audit entry before the store numbers it. */
export type AuditDraft = Omit<AuditEntry, 'id'>;

/** Which audit entries to read, newest first; `teamId` narrows to one team (managers). */
export type AuditSearch = Omit<AuditQuery, 'limit' | 'before'> & {
  teamId?: string;
  before?: string;
  limit: number;
};

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

/**
 * An earlier version of a document kept when its owner or team changed at `seq`, with the
 * document's current access columns: a reader who could see it then and cannot now gets a
 * tombstone.
 */
export type Revocation = StoredDocument & { current: { ownerId: string; teamId: string | null } };

export type PullPage = {
  documents: StoredDocument[];
  lastSeq: number;
  /** With `withRevocations` (access 'all' only): every revocation in (afterSeq, lastSeq]. */
  revocations?: Revocation[];
};

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
  /** Set when an admin revoked the device with a wipe: it must delete its local data. */
  wipedAt?: string | null;
  /** The app build the device last reported (sign-in or sync request), when it did. */
  app?: ClientApp | null;
};

/** Work done inside one serialized write transaction. */
export type WriteTransaction = {
  getDocuments: (collection: string, ids: readonly string[]) => Promise<StoredDocument[]>;
  /** Writes the document with the next sequence number and returns that number. */
  putDocument: (write: DocumentWrite) => Promise<number>;
  /**
   * Adds `count` to the named counter (a new one starts at 0) and returns its new value, in one
   * statement under the transaction's lock: gap-free document numbers (final invoice numbers).
   */
  advanceCounter: (name: string, count: number) => Promise<number>;
  /** Appends audit entries that commit (or roll back) with the transaction's writes. */
  appendAudit: (entries: readonly AuditDraft[]) => Promise<void>;
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
    /** Also return the page's revocations, so one read can serve readers of any access. */
    withRevocations?: boolean;
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
  /** The names of the counters `advanceCounter` has started that begin with `prefix`. */
  counterNames: (prefix: string) => Promise<string[]>;

  /** Appends audit entries (append-only: nothing updates or deletes them but `purgeAudit`). */
  appendAudit: (entries: readonly AuditDraft[]) => Promise<void>;
  /** Audit entries matching the search, newest (highest id) first. */
  searchAudit: (search: AuditSearch) => Promise<AuditEntry[]>;
  /** The retention job: deletes audit entries recorded before `before`. */
  purgeAudit: (params: { before: string }) => Promise<{ purged: number }>;

  // The account writes take the audit entries that record them, written in the same transaction.
  createTeam: (team: TeamRecord, audit?: readonly AuditDraft[]) => Promise<void>;
  listTeams: () => Promise<TeamRecord[]>;
  createUser: (user: UserRecord, audit?: readonly AuditDraft[]) => Promise<void>;
  updateUser: (
    id: string,
    patch: Partial<Pick<UserRecord, 'name' | 'role' | 'teamId' | 'passwordHash' | 'active'>> & {
      updatedAt: string;
    },
    audit?: readonly AuditDraft[],
  ) => Promise<void>;
  getUser: (id: string) => Promise<UserRecord | undefined>;
  findUserByEmail: (email: string) => Promise<UserRecord | undefined>;
  listUsers: () => Promise<UserRecord[]>;
  countUsers: () => Promise<number>;

  createSession: (session: SessionRecord, audit?: readonly AuditDraft[]) => Promise<void>;
  findSession: (tokenHash: string) => Promise<SessionRecord | undefined>;
  /**
   * Which of these sessions are still in force at `at` (not revoked, not expired, user active):
   * one query for many live streams instead of one per stream.
   */
  validSessions: (tokenHashes: readonly string[], at: string) => Promise<Set<string>>;
  /** Records that the session was used at `at`, and with `app` which app build used it. */
  touchSession: (tokenHash: string, at: string, app?: ClientApp) => Promise<void>;
  revokeSession: (tokenHash: string, at: string, audit?: readonly AuditDraft[]) => Promise<void>;
  /** Revokes every open session of one device; `wipe` also tells the device to delete its data. */
  revokeDevice: (
    userId: string,
    deviceId: string,
    at: string,
    options?: { wipe?: boolean; audit?: readonly AuditDraft[] },
  ) => Promise<number>;
  listSessions: (userId: string) => Promise<SessionRecord[]>;
};
