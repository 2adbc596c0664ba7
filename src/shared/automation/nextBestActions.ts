import type { Activity } from '../domain/activity.ts';
import type { Lead } from '../domain/lead.ts';
import type { Opportunity } from '../domain/opportunity.ts';

/** One reason an action ranks where it does, with the points it adds (shown to the rep). */
export type ActionFactor = {
  code: ActionFactorCode;
  points: number;
  params: Record<string, number | string>;
};
export type ActionFactorCode =
  | 'taskOverdue'
  | 'taskDueToday'
  | 'leadScore'
  | 'leadHot'
  | 'leadUntouched'
  | 'dealValue'
  | 'dealClosingSoon'
  | 'dealClosesToday'
  | 'dealClosePassed';

export type NextBestAction = {
  kind: 'task' | 'lead' | 'opportunity';
  id: string;
  /** What the action is about: the task's record, the lead or the deal. */
  related: { collection: 'activities' | 'leads' | 'opportunities'; id: string };
  points: number;
  factors: ActionFactor[];
};

/**
 * The formula, in full (so the UI can explain every suggestion):
 * - open task overdue: 60 + 2 per day overdue (at most 100); due today: 40;
 * - open lead (new, contacted, qualified): its score ÷ 2 (0–50), + 25 if hot, + 15 if nobody
 *   has touched it yet;
 * - open deal: 10 per power of ten of its weighted value in major units beyond 1,000 (at most
 *   40), + 30 when it is expected to close within 14 days (+ 1 per day closer).
 */
export const actionWeights = {
  overdueBase: 60,
  overduePerDay: 2,
  overdueMax: 100,
  dueToday: 40,
  scoreDivisor: 2,
  scoreMax: 50,
  hot: 25,
  untouched: 15,
  valuePerDecade: 10,
  valueMax: 40,
  closingWindowDays: 14,
  closingSoon: 30,
} as const;

const dayMs = 86_400_000;

type Inputs = {
  userId: string;
  now: string;
  leads: readonly Pick<Lead, 'id' | 'ownerId' | 'status' | 'score' | 'rating'>[];
  opportunities: readonly Pick<
    Opportunity,
    'id' | 'ownerId' | 'stage' | 'amount' | 'probability' | 'expectedCloseDate'
  >[];
  activities: readonly Pick<
    Activity,
    'id' | 'type' | 'done' | 'dueAt' | 'assigneeId' | 'ownerId' | 'related'
  >[];
  /** Minor units per major unit of each deal's currency (100 for CNY; 1 for JPY). */
  minorPerMajor?: (currency: string) => number;
  limit?: number;
};

function taskAction(
  task: Inputs['activities'][number],
  nowMs: number,
  today: string,
): NextBestAction | undefined {
  if (task.type !== 'task' || task.done || task.dueAt === undefined) return undefined;
  const dueMs = Date.parse(task.dueAt);
  const factors: ActionFactor[] = [];
  if (dueMs < nowMs && task.dueAt.slice(0, 10) < today) {
    const days = Math.floor((nowMs - dueMs) / dayMs);
    const points = Math.min(
      actionWeights.overdueMax,
      actionWeights.overdueBase + actionWeights.overduePerDay * days,
    );
    factors.push({ code: 'taskOverdue', points, params: { days } });
  } else if (task.dueAt.slice(0, 10) <= today) {
    factors.push({ code: 'taskDueToday', points: actionWeights.dueToday, params: {} });
  } else {
    return undefined;
  }
  return {
    kind: 'task',
    id: task.id,
    related: { collection: 'activities', id: task.id },
    points: sum(factors),
    factors,
  };
}

function sum(factors: readonly ActionFactor[]): number {
  return factors.reduce((total, factor) => total + factor.points, 0);
}

/** What a rep should do next, best first, each with the factors that put it there. */
export function nextBestActions(input: Inputs): NextBestAction[] {
  const nowMs = Date.parse(input.now);
  const today = input.now.slice(0, 10);
  const minorPerMajor = input.minorPerMajor ?? (() => 100);
  const touched = new Set(
    input.activities
      .filter((activity) => activity.done && activity.type !== 'note')
      .map((activity) => activity.related.id),
  );
  const actions: NextBestAction[] = [];
  for (const task of input.activities) {
    if ((task.assigneeId ?? task.ownerId) !== input.userId) continue;
    const action = taskAction(task, nowMs, today);
    if (action) actions.push(action);
  }
  for (const lead of input.leads) {
    if (lead.ownerId !== input.userId) continue;
    if (lead.status !== 'new' && lead.status !== 'contacted' && lead.status !== 'qualified')
      continue;
    const factors: ActionFactor[] = [];
    const score = Math.max(0, lead.score ?? 0);
    if (score > 0) {
      factors.push({
        code: 'leadScore',
        points: Math.min(actionWeights.scoreMax, Math.round(score / actionWeights.scoreDivisor)),
        params: { score },
      });
    }
    if (lead.rating === 'hot')
      factors.push({ code: 'leadHot', points: actionWeights.hot, params: {} });
    if (!touched.has(lead.id))
      factors.push({ code: 'leadUntouched', points: actionWeights.untouched, params: {} });
    if (factors.length > 0)
      actions.push({
        kind: 'lead',
        id: lead.id,
        related: { collection: 'leads', id: lead.id },
        points: sum(factors),
        factors,
      });
  }
  for (const deal of input.opportunities) {
    if (
      deal.ownerId !== input.userId ||
      deal.stage === 'closed_won' ||
      deal.stage === 'closed_lost'
    )
      continue;
    const factors: ActionFactor[] = [];
    const weightedMajor =
      (deal.amount.amount / minorPerMajor(deal.amount.currency)) * (deal.probability / 100);
    if (weightedMajor > 1000) {
      const points = Math.min(
        actionWeights.valueMax,
        Math.round(actionWeights.valuePerDecade * Math.log10(weightedMajor / 1000)),
      );
      if (points > 0)
        factors.push({
          code: 'dealValue',
          points,
          params: {
            amount: deal.amount.amount,
            currency: deal.amount.currency,
            probability: deal.probability,
          },
        });
    }
    const daysToClose = Math.ceil(
      (Date.parse(`${deal.expectedCloseDate}T00:00:00.000Z`) - nowMs) / dayMs,
    );
    if (daysToClose <= actionWeights.closingWindowDays) {
      const closer = Math.max(0, Math.min(actionWeights.closingWindowDays, daysToClose));
      const points = actionWeights.closingSoon + (actionWeights.closingWindowDays - closer);
      // A close date already behind it ranks like one due today, and says how long ago it was.
      if (daysToClose < 0) {
        factors.push({ code: 'dealClosePassed', points, params: { days: -daysToClose } });
      } else if (daysToClose === 0) {
        factors.push({ code: 'dealClosesToday', points, params: {} });
      } else {
        factors.push({ code: 'dealClosingSoon', points, params: { days: daysToClose } });
      }
    }
    if (factors.length > 0)
      actions.push({
        kind: 'opportunity',
        id: deal.id,
        related: { collection: 'opportunities', id: deal.id },
        points: sum(factors),
        factors,
      });
  }
  return actions
    .sort((a, b) => b.points - a.points || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, input.limit ?? 20);
}
