import { daysBetween } from '../billing/calendarDate.ts';
import { DomainError } from '../domain/DomainError.ts';
import type { Quote } from '../domain/quote.ts';
import type { TaskDraft } from '../service/taskDraft.ts';

export type ContractStatus = 'active' | 'expiring' | 'expired';

/** A contract counts as expiring this many days before its end date. */
export const expiringWithinDays = 30;

type ContractQuote = Pick<
  Quote,
  'id' | 'number' | 'accountId' | 'ownerId' | 'contract' | 'acceptance'
>;

function termsOf(quote: ContractQuote): NonNullable<Quote['contract']> {
  if (quote.contract === undefined) throw new DomainError('notAContract', { number: quote.number });
  return quote.contract;
}

/**
 * Where a contract stands on `today`: expired after its end date, expiring when it ends within
 * 30 days, active otherwise (including one signed to start later).
 */
export function contractStatus({
  quote,
  today,
}: {
  quote: ContractQuote;
  today: string;
}): ContractStatus {
  const left = daysBetween(today, termsOf(quote).endsOn);
  if (left < 0) return 'expired';
  return left <= expiringWithinDays ? 'expiring' : 'active';
}

/** The renewal task for a contract, due on its renewal date and assigned to the quote's owner. */
export function renewalReminderTask(quote: ContractQuote): TaskDraft {
  const terms = termsOf(quote);
  const contractNumber = quote.acceptance?.contractNumber ?? quote.number;
  return {
    kind: 'contractRenewal',
    key: `contractRenewal:${quote.id}:${terms.endsOn}`,
    params: { contractNumber, endsOn: terms.endsOn },
    related: { collection: 'accounts', id: quote.accountId },
    dueAt: `${terms.renewalOn ?? terms.endsOn}T00:00:00.000Z`,
    assigneeId: quote.ownerId,
  };
}
