import { v5 as uuidv5 } from 'uuid';
import { addDays, daysBetween } from '../billing/calendarDate.ts';
import { invoiceBalance } from '../billing/invoiceBalance.ts';
import { isOpenInvoice } from '../billing/recordPayment.ts';
import type { Activity, RelatedRecord } from '../domain/activity.ts';
import type { Invoice } from '../domain/invoice.ts';
import type { Lead } from '../domain/lead.ts';
import type { Opportunity } from '../domain/opportunity.ts';
import type { Quote } from '../domain/quote.ts';
import { formatPersonName } from '../text/formatPersonName.ts';
import type { AutomationRule, AutomationTrigger } from './automationRules.ts';

/** Namespace of automated task ids (a fixed random UUID): the same occasion gives the same id everywhere. */
const automationNamespace = '6f1c1f3e-4b8e-4b0a-9d7c-2f4a8c0e5d21';

/** The id of the task a rule makes for one occasion: equal on every device, so sync keeps one. */
export function automatedTaskId(ruleId: string, key: string): string {
  return uuidv5(`${ruleId}|${key}`, automationNamespace);
}

/** A task a rule asks for. The UI words the subject from `trigger` and `params`. */
export type AutomatedTask = {
  id: string;
  ruleId: string;
  ruleName: string;
  trigger: AutomationTrigger;
  /** The occasion: the same key never makes a second task for the same rule. */
  key: string;
  related: RelatedRecord;
  assigneeId: string;
  dueAt: string;
  params: Record<string, string | number>;
};

type Inputs = {
  rules: readonly AutomationRule[];
  /** The caller's clock (ISO instant). */
  now: string;
  leads: readonly Pick<
    Lead,
    'id' | 'ownerId' | 'rating' | 'status' | 'updatedAt' | 'firstName' | 'lastName' | 'company'
  >[];
  opportunities: readonly Pick<Opportunity, 'id' | 'ownerId' | 'stage' | 'name' | 'createdAt'>[];
  quotes: readonly Pick<
    Quote,
    'id' | 'ownerId' | 'status' | 'number' | 'validUntil' | 'opportunityId' | 'accountId'
  >[];
  invoices: readonly Pick<
    Invoice,
    | 'id'
    | 'ownerId'
    | 'accountId'
    | 'status'
    | 'number'
    | 'currency'
    | 'dueOn'
    | 'totals'
    | 'payments'
    | 'writeOff'
  >[];
  /** Every activity (for idleness, and to skip tasks that exist already, also deleted ones). */
  activities: readonly Pick<Activity, 'id' | 'related' | 'occurredAt' | 'done' | 'type'>[];
};

const startOfDay = (date: string) => `${date}T00:00:00.000Z`;

/**
 * A task is due no earlier than the day the rule makes it: a deal forgotten for ten months, or a
 * device that was off for a week, gives a task for today, not one "overdue by 316 days".
 */
const dueFrom = (date: string, today: string) => startOfDay(date > today ? date : today);

/** How recent a hot lead's last change must be for the hot-lead rule to act on it. */
export const recentlyHotMs = 7 * 86_400_000;

function lastTouchByRecord(activities: Inputs['activities']): Map<string, string> {
  const last = new Map<string, string>();
  for (const activity of activities) {
    if (!activity.done || activity.type === 'note') continue;
    const known = last.get(activity.related.id);
    if (known === undefined || activity.occurredAt > known)
      last.set(activity.related.id, activity.occurredAt);
  }
  return last;
}

function tasksFor(
  rule: AutomationRule,
  input: Inputs,
  lastTouch: Map<string, string>,
): Omit<AutomatedTask, 'id' | 'ruleId' | 'ruleName' | 'trigger'>[] {
  const today = input.now.slice(0, 10);
  switch (rule.trigger) {
    case 'leadBecameHot':
      return input.leads
        .filter(
          (lead) =>
            lead.rating === 'hot' &&
            (lead.status === 'new' || lead.status === 'contacted' || lead.status === 'qualified') &&
            // A rule acts on what happens now: a lead rated hot long ago (an import, a device
            // that syncs a year of history) gets no "follow up within the hour" task.
            Date.parse(input.now) - Date.parse(lead.updatedAt) <= recentlyHotMs,
        )
        .map((lead) => ({
          key: `lead:${lead.id}`,
          related: { collection: 'leads', id: lead.id },
          assigneeId: lead.ownerId,
          dueAt: new Date(
            Date.parse(lead.updatedAt) + rule.dueWithinMinutes * 60_000,
          ).toISOString(),
          params: { name: formatPersonName(lead) || lead.company },
        }));
    case 'opportunityIdle':
      return input.opportunities.flatMap((deal) => {
        if (deal.stage === 'closed_won' || deal.stage === 'closed_lost') return [];
        const since = lastTouch.get(deal.id) ?? deal.createdAt;
        const idle = daysBetween(since.slice(0, 10), today);
        if (idle < rule.idleDays) return [];
        return [
          {
            key: `opportunity:${deal.id}:${since}`,
            related: { collection: 'opportunities', id: deal.id },
            assigneeId: deal.ownerId,
            dueAt: dueFrom(addDays(since.slice(0, 10), rule.idleDays), today),
            params: { name: deal.name, days: idle },
          },
        ];
      });
    case 'quoteExpiring':
      return input.quotes.flatMap((quote) => {
        if (quote.status !== 'sent') return [];
        const remind = addDays(quote.validUntil, -rule.daysBefore);
        if (today < remind || today > quote.validUntil) return [];
        const related: RelatedRecord =
          quote.opportunityId === undefined
            ? { collection: 'accounts', id: quote.accountId }
            : { collection: 'opportunities', id: quote.opportunityId };
        return [
          {
            key: `quote:${quote.id}:${quote.validUntil}`,
            related,
            assigneeId: quote.ownerId,
            dueAt: dueFrom(remind, today),
            params: { number: quote.number, validUntil: quote.validUntil },
          },
        ];
      });
    case 'invoiceOverdue':
      return input.invoices.flatMap((invoice) => {
        if (!isOpenInvoice(invoice) || invoice.dueOn === undefined) return [];
        if (daysBetween(invoice.dueOn, today) < rule.daysOverdue) return [];
        if (invoiceBalance(invoice).balanceDue <= 0) return [];
        return [
          {
            key: `invoice:${invoice.id}:${rule.daysOverdue}`,
            related: { collection: 'accounts', id: invoice.accountId },
            assigneeId: invoice.ownerId,
            dueAt: dueFrom(addDays(invoice.dueOn, rule.daysOverdue), today),
            params: { number: invoice.number, dueOn: invoice.dueOn, days: rule.daysOverdue },
          },
        ];
      });
  }
}

/**
 * The tasks the enabled rules ask for now that do not exist yet. Ids derive from rule and
 * occasion, so a task made on one device and synced to another is never made again, and two
 * devices that make it offline write the same record.
 */
export function automatedTasks(input: Inputs): AutomatedTask[] {
  const existing = new Set(input.activities.map((activity) => activity.id));
  const lastTouch = lastTouchByRecord(input.activities);
  const tasks: AutomatedTask[] = [];
  for (const rule of input.rules) {
    if (!rule.enabled) continue;
    for (const draft of tasksFor(rule, input, lastTouch)) {
      const id = automatedTaskId(rule.id, draft.key);
      if (existing.has(id)) continue;
      existing.add(id);
      tasks.push({ id, ruleId: rule.id, ruleName: rule.name, trigger: rule.trigger, ...draft });
    }
  }
  return tasks;
}
