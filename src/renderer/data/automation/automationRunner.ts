import { combineLatest, debounceTime, type Subscription } from 'rxjs';
import { type AutomatedTask, automatedTasks } from '../../../shared/automation/automatedTasks.ts';
import { defaultAutomationRules } from '../../../shared/automation/automationRules.ts';
import { type Activity, activitySchema } from '../../../shared/domain/activity.ts';
import {
  analyticsMirrors,
  analyticsSnapshot,
  loadAnalyticsMirrors,
  watchAnalytics,
} from '../analytics/analyticsMirrors.ts';
import {
  type CommandContext,
  collectionOf,
  hasCollection,
  withoutUndefined,
} from '../records/recordStore.ts';
import { setting$ } from '../settings/settingsStore.ts';

/** Words a task's subject from its rule's trigger and the occasion (the UI's translation). */
export type AutomatedSubject = (task: AutomatedTask) => string;

/**
 * Makes the tasks the automation rules ask for, for the signed-in user, as an activity of type
 * task that records its rule. Ids derive from rule and occasion, so a task that exists (open,
 * done, or deleted by the person) or arrives by sync is never made again.
 */
export async function applyAutomationRules(
  { data, clock, user }: CommandContext,
  subject: AutomatedSubject,
  rules = defaultAutomationRules.rules,
): Promise<Activity[]> {
  if (!hasCollection(data, 'activities')) return [];
  const records = analyticsSnapshot(data);
  const now = clock().toISOString();
  const wanted = automatedTasks({ rules, now, ...records }).filter(
    (task) => task.assigneeId === user.id,
  );
  if (wanted.length === 0) return [];
  const activities = collectionOf(data, 'activities');
  const known = await activities.storageInstance.findDocumentsById(
    wanted.map((task) => task.id),
    true,
  );
  const knownIds = new Set(known.map((doc) => doc.id));
  const tasks = wanted
    .filter((task) => !knownIds.has(task.id))
    .map((task) =>
      withoutUndefined(
        activitySchema.parse({
          id: task.id,
          ownerId: task.assigneeId,
          createdAt: now,
          updatedAt: now,
          type: 'task',
          subject: subject(task).slice(0, 200),
          related: task.related,
          occurredAt: task.dueAt,
          dueAt: task.dueAt,
          assigneeId: task.assigneeId,
          done: false,
          generatedSubject: { kind: task.trigger, params: task.params },
          automation: { ruleId: task.ruleId, ruleName: task.ruleName.slice(0, 200), key: task.key },
        }),
      ),
    );
  if (tasks.length === 0) return [];
  // A conflict means another tab made the same task a moment ago: it exists, which is the point.
  const result = await activities.bulkInsert(tasks);
  return result.success.map((doc) => doc.toJSON() as Activity);
}

/** Whether this device is signed in, online and still on its first pull of the session. */
function awaitingServer(data: CommandContext['data']): boolean {
  const handle = data.sync.handle;
  return handle !== undefined && !handle.caughtUp() && data.sync.status.get().state === 'syncing';
}

/**
 * Runs the rules whenever the data or the rules change (at most every `delayMs`), for as long
 * as the database is open; returns the stop function.
 */
export function startAutomation(
  context: CommandContext,
  subject: AutomatedSubject,
  delayMs = 2_000,
): () => void {
  const { data } = context;
  if (!hasCollection(data, 'activities')) return () => undefined;
  let rules = defaultAutomationRules.rules;
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    // A device that is still catching up with the server would make tasks that another device
    // made already (they arrive with the rest): it waits for its first pull, unless it cannot
    // reach the server (offline first: then it makes them, and sync keeps one of each).
    if (awaitingServer(data)) return;
    running = true;
    try {
      await applyAutomationRules(context, subject, rules);
    } catch (error) {
      if (!data.db.closed) console.error('Automation rules could not run', error);
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
  };
  analyticsMirrors(data);
  // Nobody waits for these tasks: the records load in the background queue, after what is on screen.
  loadAnalyticsMirrors(data, 'background').then(schedule, () => undefined);
  const stopWatching = watchAnalytics(data, schedule);
  // The end of the first pull changes the sync status: then the rules run.
  let waited = awaitingServer(data);
  const stopStatus = data.sync.status.subscribe(() => {
    const waiting = awaitingServer(data);
    if (waited && !waiting) schedule();
    waited = waiting;
  });
  let subscription: Subscription | undefined;
  if (hasCollection(data, 'settings')) {
    subscription = combineLatest([setting$(data, 'automationRules')])
      .pipe(debounceTime(50))
      .subscribe(([setting]) => {
        rules = setting?.value.rules ?? defaultAutomationRules.rules;
        schedule();
      });
  }
  return () => {
    if (timer) clearTimeout(timer);
    stopWatching();
    stopStatus();
    subscription?.unsubscribe();
  };
}
