import { z } from 'zod';
import { collectionNames } from '../domain/collections.ts';

/**
 * What the server's append-only audit trail records. Record changes carry only the fields that
 * changed (before and after), never whole documents.
 */
export const auditActions = [
  'record_created',
  'record_updated',
  'record_deleted',
  'write_rejected',
  'login',
  'login_failed',
  'logout',
  'user_created',
  'user_updated',
  'user_deactivated',
  'role_changed',
  'password_reset',
  'team_created',
  'device_revoked',
  'device_wiped',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** One field that changed: dotted path, value before and after (absent = did not exist). */
export const auditFieldChangeSchema = z.object({
  field: z.string().max(200),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type AuditFieldChange = z.infer<typeof auditFieldChangeSchema>;

export const auditEntrySchema = z.object({
  /** The server's sequence number as a string; increases with every entry. */
  id: z.string().max(40),
  at: z.string().max(30),
  action: z.enum(auditActions),
  collection: z.enum(collectionNames).optional(),
  recordId: z.string().max(100).optional(),
  /** Who did it (user id), if known; a failed login may only know the name tried. */
  actorId: z.string().max(64).optional(),
  actorName: z.string().max(200).optional(),
  deviceId: z.string().max(100).optional(),
  /** The team the record or user belongs to, for managers' team-scoped views. */
  teamId: z.string().max(64).optional(),
  changes: z.array(auditFieldChangeSchema).max(500).optional(),
  /** Why a write was rejected, or other context (e.g. the role granted). */
  reason: z.string().max(1000).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Filters for searching the audit log (admins; managers only within their team). */
export const auditQuerySchema = z.object({
  collection: z.enum(collectionNames).optional(),
  recordId: z.string().max(100).optional(),
  actorId: z.string().max(64).optional(),
  action: z.enum(auditActions).optional(),
  from: z.string().max(30).optional(),
  to: z.string().max(30).optional(),
  /** Entries with ids below this one (paging backwards from the newest). */
  before: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Pass as `before` for the next (older) page; absent on the last page. */
  nextBefore: z.string().max(40).optional(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
