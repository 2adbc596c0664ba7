import type { RelatedRecord } from '../domain/activity.ts';

/** Why a follow-up task is suggested; the UI translates `tasks.<kind>` with `params` into the subject. */
export type TaskKind =
  | 'contractRenewal'
  | 'dunningReminder'
  | 'dunningSecondReminder'
  | 'dunningFinalNotice'
  | 'dunningEscalation';

/**
 * A task the app should create (as an activity of type `task`). `key` is stable for the same
 * reminder, so a device that already made it, or got it by sync, does not make it twice.
 */
export type TaskDraft = {
  kind: TaskKind;
  key: string;
  params: Record<string, string | number>;
  related: RelatedRecord;
  dueAt: string;
  assigneeId: string;
};
