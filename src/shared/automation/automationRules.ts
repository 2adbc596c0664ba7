import { z } from 'zod';

const ruleFields = {
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  enabled: z.boolean(),
};

/**
 * Rules managers configure and devices apply when data changes. Each makes at most one task per
 * occasion (see `automatedTasks`), whichever device notices first.
 */
export const automationRuleSchema = z.discriminatedUnion('trigger', [
  /** A lead rated hot gets a follow-up task for its owner, due within the given minutes. */
  z.object({
    ...ruleFields,
    trigger: z.literal('leadBecameHot'),
    dueWithinMinutes: z.number().int().min(1).max(10_080),
  }),
  /** An open deal nobody has touched for the given days gets a reminder. */
  z.object({
    ...ruleFields,
    trigger: z.literal('opportunityIdle'),
    idleDays: z.number().int().min(1).max(365),
  }),
  /** A sent quote gets a task the given days before it expires. */
  z.object({
    ...ruleFields,
    trigger: z.literal('quoteExpiring'),
    daysBefore: z.number().int().min(0).max(90),
  }),
  /** An unpaid invoice the given days past due gets a dunning task. */
  z.object({
    ...ruleFields,
    trigger: z.literal('invoiceOverdue'),
    daysOverdue: z.number().int().min(1).max(365),
  }),
]);
export type AutomationRule = z.infer<typeof automationRuleSchema>;
export type AutomationTrigger = AutomationRule['trigger'];

export const automationRulesValueSchema = z.object({
  kind: z.literal('automationRules'),
  rules: z.array(automationRuleSchema).max(50),
});
export type AutomationRulesValue = z.infer<typeof automationRulesValueSchema>;

/** The four rules the issue names, on until a manager changes them. */
export const defaultAutomationRules: AutomationRulesValue = {
  kind: 'automationRules',
  rules: [
    {
      id: 'hot-lead-1h',
      name: 'Hot lead: follow up within 1 hour',
      enabled: true,
      trigger: 'leadBecameHot',
      dueWithinMinutes: 60,
    },
    {
      id: 'idle-deal-14d',
      name: 'Deal idle for 14 days',
      enabled: true,
      trigger: 'opportunityIdle',
      idleDays: 14,
    },
    {
      id: 'quote-expiry-3d',
      name: 'Quote expires in 3 days',
      enabled: true,
      trigger: 'quoteExpiring',
      daysBefore: 3,
    },
    {
      id: 'invoice-overdue-7d',
      name: 'Invoice 7 days overdue',
      enabled: true,
      trigger: 'invoiceOverdue',
      daysOverdue: 7,
    },
  ],
};
