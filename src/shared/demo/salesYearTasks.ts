import { automatedTasks } from '../automation/automatedTasks.ts';
import { defaultAutomationRules } from '../automation/automationRules.ts';
import { dayMs, iso, type YearContext } from './salesYearFulfilment.ts';

/**
 * The hot-lead follow-ups the team's devices made in the rule's window (the last week), worked
 * as reps work them: called within the hour and the lead marked contacted; some of the last
 * day's are still open. Same ids as the devices' rule, so a device that signs in makes none of
 * them again (it had made every one overdue, as if nobody had followed up all week).
 */
export function addHotLeadFollowUps({ random, endMs, out }: YearContext): void {
  const rule = defaultAutomationRules.rules.find((entry) => entry.trigger === 'leadBecameHot');
  if (rule === undefined) return;
  const leads = new Map(out.leads.map((lead, index) => [lead.id, index]));
  const tasks = automatedTasks({
    rules: [rule],
    now: iso(endMs),
    leads: out.leads,
    opportunities: [],
    quotes: [],
    invoices: [],
    activities: out.activities,
  });
  for (const task of tasks) {
    const dueMs = Date.parse(task.dueAt);
    const doneMs = dueMs - random.int(5, 55) * 60_000;
    const done = doneMs < endMs - dayMs || (doneMs < endMs && random.chance(0.5));
    const createdAt = iso(dueMs - 60 * 60_000);
    out.activities.push({
      id: task.id,
      ownerId: task.assigneeId,
      createdAt,
      updatedAt: done ? iso(doneMs) : createdAt,
      type: 'task',
      subject: `跟进热门线索 ${task.params.name}`,
      generatedSubject: { kind: task.trigger, params: task.params },
      automation: { ruleId: task.ruleId, ruleName: task.ruleName, key: task.key },
      body: '',
      related: task.related,
      occurredAt: task.dueAt,
      dueAt: task.dueAt,
      assigneeId: task.assigneeId,
      contactIds: [],
      done,
      ...(done ? { doneAt: iso(doneMs) } : {}),
    });
    const index = leads.get(task.related.id);
    const lead = index === undefined ? undefined : out.leads[index];
    if (done && lead?.status === 'new') {
      out.leads[index ?? 0] = { ...lead, status: 'contacted', updatedAt: iso(doneMs) };
    }
  }
}
