import type { AuditAction } from '../../shared/audit/auditEntry.ts';
import type { CollectionName } from '../../shared/domain/collections.ts';
import type { AuditDraft, DocumentWrite, StoredDocument, UserRecord } from '../store/Store.ts';
import { diffFields } from './diffFields.ts';

/** Who did something, as the audit log records it. */
export type AuditActor = { id: string; name: string; deviceId?: string };

/** The actor of a signed-in request. */
export function auditActorOf(auth: { user: UserRecord; deviceId: string }): AuditActor {
  return { id: auth.user.id, name: auth.user.name, deviceId: auth.deviceId };
}

function actorFields(actor: AuditActor) {
  return {
    actorId: actor.id,
    actorName: actor.name,
    ...(actor.deviceId ? { deviceId: actor.deviceId } : {}),
  };
}

/** The entry for one accepted write of a pushed record: created, updated or deleted. */
export function recordChangeDraft(params: {
  actor: AuditActor;
  at: string;
  collection: CollectionName;
  current: StoredDocument | undefined;
  write: DocumentWrite;
}): AuditDraft {
  const { current, write } = params;
  const existed = current !== undefined && !current.deleted;
  const action: AuditAction = write.deleted
    ? 'record_deleted'
    : existed
      ? 'record_updated'
      : 'record_created';
  const changes =
    action === 'record_created'
      ? diffFields(undefined, write.data)
      : existed
        ? diffFields(current.data, write.data)
        : [];
  return {
    at: params.at,
    action,
    collection: params.collection,
    recordId: write.id,
    ...actorFields(params.actor),
    ...(write.teamId ? { teamId: write.teamId } : {}),
    ...(changes.length > 0 ? { changes } : {}),
  };
}

/** The entry for a pushed row the server refused, with the reason. */
export function rejectedWriteDraft(params: {
  actor: AuditActor;
  at: string;
  collection: CollectionName;
  recordId: string;
  teamId: string | null | undefined;
  code: string;
  message: string;
}): AuditDraft {
  return {
    at: params.at,
    action: 'write_rejected',
    collection: params.collection,
    recordId: params.recordId,
    ...actorFields(params.actor),
    ...(params.teamId ? { teamId: params.teamId } : {}),
    reason: `${params.code}: ${params.message}`.slice(0, 1000),
  };
}

/** An entry about a person or their sign-in (no collection): login, role change, revocation … */
export function accountDraft(params: {
  action: AuditAction;
  at: string;
  actor: AuditActor | undefined;
  /** The user (or team) the action was about. */
  recordId?: string;
  teamId?: string | null;
  changes?: AuditDraft['changes'];
  reason?: string;
  /** For a failed sign-in: the name that was tried. */
  actorName?: string;
}): AuditDraft {
  return {
    at: params.at,
    action: params.action,
    ...(params.actor ? actorFields(params.actor) : {}),
    ...(params.actorName ? { actorName: params.actorName.slice(0, 200) } : {}),
    ...(params.recordId ? { recordId: params.recordId } : {}),
    ...(params.teamId ? { teamId: params.teamId } : {}),
    ...(params.changes && params.changes.length > 0 ? { changes: params.changes } : {}),
    ...(params.reason ? { reason: params.reason.slice(0, 1000) } : {}),
  };
}
