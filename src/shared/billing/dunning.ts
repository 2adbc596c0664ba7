import { DomainError } from '../domain/DomainError.ts';
import { type DunningLevel, dunningLevels, type Invoice } from '../domain/invoice.ts';
import type { Actor } from '../domain/roles.ts';
import type { TaskDraft, TaskKind } from '../service/taskDraft.ts';
import { addDays, dateOf } from './calendarDate.ts';
import { invoiceBalance } from './invoiceBalance.ts';
import { isOpenInvoice } from './recordPayment.ts';

/** When each notice goes out (days overdue), the least gap between notices, and when to escalate after the final one. */
export type DunningSchedule = Record<DunningLevel, number> & {
  minGapDays: number;
  escalateAfterDays: number;
};

export const defaultDunningSchedule: DunningSchedule = {
  reminder: 1,
  second_reminder: 15,
  final_notice: 30,
  minGapDays: 7,
  escalateAfterDays: 14,
};

/** The next thing collections should do about an invoice, and from which date. */
export type DunningAction =
  | { kind: 'none' }
  | { kind: 'send'; level: DunningLevel; on: string; due: boolean }
  | { kind: 'escalate'; on: string; due: boolean };

type DunningInvoice = Pick<
  Invoice,
  'status' | 'dueOn' | 'dunning' | 'currency' | 'totals' | 'payments' | 'writeOff'
>;

const later = (a: string, b: string): string => (a > b ? a : b);

/**
 * The next dunning step for an open, overdue invoice: the first notice not yet sent, on its
 * day overdue (and at least `minGapDays` after the last one), or escalation (collection,
 * write-off review) `escalateAfterDays` after the final notice. `due` tells whether it is today or past.
 */
export function nextDunningAction({
  invoice,
  today,
  schedule = defaultDunningSchedule,
}: {
  invoice: DunningInvoice;
  today: string;
  schedule?: DunningSchedule;
}): DunningAction {
  if (!isOpenInvoice(invoice) || invoice.dueOn === undefined) return { kind: 'none' };
  if (invoiceBalance(invoice).balanceDue <= 0) return { kind: 'none' };
  const sent = invoice.dunning ?? [];
  const lastSent = sent.at(-1);
  const level = dunningLevels.find(
    (candidate) => !sent.some((notice) => notice.level === candidate),
  );
  if (level === undefined) {
    const on = addDays(
      dateOf(lastSent?.sentAt ?? `${invoice.dueOn}T00:00:00Z`),
      schedule.escalateAfterDays,
    );
    return { kind: 'escalate', on, due: on <= today };
  }
  const byAge = addDays(invoice.dueOn, schedule[level]);
  const on =
    lastSent === undefined
      ? byAge
      : later(byAge, addDays(dateOf(lastSent.sentAt), schedule.minGapDays));
  return { kind: 'send', level, on, due: on <= today };
}

/** Records that a notice went out; notices go in order (`dunningOutOfOrder`). */
export function recordDunningNotice({
  invoice,
  level,
  actor,
  now,
}: {
  invoice: Invoice;
  level: DunningLevel;
  actor: Actor;
  now: string;
}): Invoice {
  const sent = invoice.dunning ?? [];
  const expected = dunningLevels[sent.length];
  if (!isOpenInvoice(invoice) || expected !== level) {
    throw new DomainError('dunningOutOfOrder', {
      number: invoice.number,
      level,
      expected: expected ?? 'none',
    });
  }
  return { ...invoice, dunning: [...sent, { level, sentAt: now, by: actor.id }], updatedAt: now };
}

const taskKinds: Record<DunningLevel, TaskKind> = {
  reminder: 'dunningReminder',
  second_reminder: 'dunningSecondReminder',
  final_notice: 'dunningFinalNotice',
};

/** The collections task for an invoice's next dunning step, or undefined when there is nothing to do. */
export function dunningTask({
  invoice,
  today,
  assigneeId,
  schedule,
}: {
  invoice: DunningInvoice & Pick<Invoice, 'id' | 'number' | 'accountId'>;
  today: string;
  assigneeId: string;
  schedule?: DunningSchedule;
}): TaskDraft | undefined {
  const action = nextDunningAction({ invoice, today, schedule });
  if (action.kind === 'none') return undefined;
  const kind = action.kind === 'send' ? taskKinds[action.level] : 'dunningEscalation';
  return {
    kind,
    key: `${kind}:${invoice.id}`,
    params: {
      invoiceNumber: invoice.number,
      balanceDue: invoiceBalance(invoice).balanceDue,
      currency: invoice.currency,
    },
    related: { collection: 'accounts', id: invoice.accountId },
    dueAt: `${action.on}T00:00:00.000Z`,
    assigneeId,
  };
}
