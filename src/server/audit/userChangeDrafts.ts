import type { AuditFieldChange } from '../../shared/audit/auditEntry.ts';
import type { AuditDraft, UserRecord } from '../store/Store.ts';
import { type AuditActor, accountDraft } from './auditDrafts.ts';

/**
 * The audit entries of one user edit: a role change and a deactivation each get their own entry
 * (auditors look for those), every other changed field goes into one `user_updated`.
 */
export function userChangeDrafts(params: {
  user: UserRecord;
  patch: Partial<Pick<UserRecord, 'name' | 'role' | 'teamId' | 'active'>>;
  at: string;
  actor: AuditActor;
}): AuditDraft[] {
  const { user, patch, at, actor } = params;
  const base = { at, actor, recordId: user.id, teamId: patch.teamId ?? user.teamId };
  const drafts: AuditDraft[] = [];
  const other: AuditFieldChange[] = [];
  if (patch.role !== undefined && patch.role !== user.role) {
    drafts.push(
      accountDraft({
        ...base,
        action: 'role_changed',
        changes: [{ field: 'role', before: user.role, after: patch.role }],
        reason: `role: ${patch.role}`,
      }),
    );
  }
  if (patch.active === false && user.active) {
    drafts.push(
      accountDraft({
        ...base,
        action: 'user_deactivated',
        changes: [{ field: 'active', before: true, after: false }],
      }),
    );
  } else if (patch.active !== undefined && patch.active !== user.active) {
    other.push({ field: 'active', before: user.active, after: patch.active });
  }
  if (patch.name !== undefined && patch.name !== user.name) {
    other.push({ field: 'name', before: user.name, after: patch.name });
  }
  if (patch.teamId !== undefined && patch.teamId !== user.teamId) {
    other.push({ field: 'teamId', before: user.teamId, after: patch.teamId });
  }
  if (other.length > 0 || drafts.length === 0) {
    drafts.push(accountDraft({ ...base, action: 'user_updated', changes: other }));
  }
  return drafts;
}
