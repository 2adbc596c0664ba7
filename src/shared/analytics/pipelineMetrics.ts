import type { Opportunity, OpportunityStage } from '../domain/opportunity.ts';
import { daysFromTo, inPeriod, type Period } from './period.ts';
import { mean, type Ratio, ratio } from './ratio.ts';
import type { ReportingCurrency } from './reportingCurrency.ts';

type MetricOpportunity = Pick<
  Opportunity,
  'id' | 'stage' | 'amount' | 'probability' | 'createdAt' | 'closedAt' | 'stageHistory'
>;

/** The stages a deal walks through on its way to a win, in order. */
export const funnelStages = [
  'prospecting',
  'qualification',
  'proposal',
  'negotiation',
  'closed_won',
] as const satisfies readonly OpportunityStage[];

const isOpen = (opportunity: MetricOpportunity) =>
  opportunity.stage !== 'closed_won' && opportunity.stage !== 'closed_lost';

/** The furthest funnel stage a deal reached, from its current stage and its stage history. */
export function furthestStageIndex(opportunity: MetricOpportunity): number {
  const indexOf = (stage: OpportunityStage) =>
    (funnelStages as readonly OpportunityStage[]).indexOf(stage);
  let furthest = indexOf(opportunity.stage);
  for (const change of opportunity.stageHistory ?? []) {
    furthest = Math.max(furthest, indexOf(change.from), indexOf(change.to));
  }
  // A deal lost without any recorded stage was lost where every deal starts.
  return Math.max(furthest, 0);
}

export type FunnelStep = {
  stage: (typeof funnelStages)[number];
  /** Deals created in the period that reached this stage or a later one. */
  ids: string[];
  /** Share of the previous step's deals that reached this one (undefined for the first). */
  fromPrevious: Ratio | undefined;
};

/** Funnel of the deals created in the period, with stage-to-stage conversion. */
export function pipelineFunnel({
  opportunities,
  period,
}: {
  opportunities: readonly MetricOpportunity[];
  period: Period;
}): FunnelStep[] {
  const cohort = opportunities.filter((opportunity) => inPeriod(opportunity.createdAt, period));
  const reached = cohort.map((opportunity) => ({
    id: opportunity.id,
    index: furthestStageIndex(opportunity),
  }));
  return funnelStages.map((stage, index) => {
    const ids = reached.filter((deal) => deal.index >= index).map((deal) => deal.id);
    const previous = index === 0 ? undefined : reached.filter((deal) => deal.index >= index - 1);
    return {
      stage,
      ids,
      fromPrevious: previous === undefined ? undefined : ratio(ids.length, previous.length),
    };
  });
}

export type PipelineValue = {
  /** Open deals now, whatever the period (pipeline is a snapshot). */
  ids: string[];
  value: number;
  /** Σ amount × probability ÷ 100, rounded once. */
  weighted: number;
  /** Open deals left out for having no exchange rate. */
  excluded: number;
};

/** Value and probability-weighted value of every open deal, in the reporting currency. */
export function pipelineValue({
  opportunities,
  reporting,
}: {
  opportunities: readonly MetricOpportunity[];
  reporting: ReportingCurrency;
}): PipelineValue {
  let value = 0;
  let weightedTimes100 = 0;
  let excluded = 0;
  const ids: string[] = [];
  for (const opportunity of opportunities) {
    if (!isOpen(opportunity)) continue;
    const amount = reporting.toReporting(opportunity.amount);
    if (amount === undefined) {
      excluded += 1;
      continue;
    }
    ids.push(opportunity.id);
    value += amount;
    weightedTimes100 += amount * opportunity.probability;
  }
  return { ids, value, weighted: Math.round(weightedTimes100 / 100), excluded };
}

function closedIn(opportunities: readonly MetricOpportunity[], period: Period) {
  const won = opportunities.filter(
    (opportunity) => opportunity.stage === 'closed_won' && inPeriod(opportunity.closedAt, period),
  );
  const lost = opportunities.filter(
    (opportunity) => opportunity.stage === 'closed_lost' && inPeriod(opportunity.closedAt, period),
  );
  return { won, lost };
}

/** Won ÷ (won + lost) over deals closed in the period. */
export function winRate({
  opportunities,
  period,
}: {
  opportunities: readonly MetricOpportunity[];
  period: Period;
}): Ratio & { wonIds: string[]; lostIds: string[] } {
  const { won, lost } = closedIn(opportunities, period);
  return {
    ...ratio(won.length, won.length + lost.length),
    wonIds: won.map((deal) => deal.id),
    lostIds: lost.map((deal) => deal.id),
  };
}

/** Mean days from creation to close of the deals won in the period. */
export function averageSalesCycleDays({
  opportunities,
  period,
}: {
  opportunities: readonly MetricOpportunity[];
  period: Period;
}): number | undefined {
  const { won } = closedIn(opportunities, period);
  return mean(
    won.flatMap((deal) =>
      deal.closedAt === undefined ? [] : [Math.max(0, daysFromTo(deal.createdAt, deal.closedAt))],
    ),
  );
}

export type SalesVelocity = {
  openCount: number;
  winRate: number | undefined;
  averageWonAmount: number | undefined;
  cycleDays: number | undefined;
  /** Reporting minor units the pipeline is expected to turn into revenue per day. */
  perDay: number | undefined;
};

/** Sales velocity: open deals × win rate × average won deal ÷ average cycle length (days). */
export function salesVelocity({
  opportunities,
  period,
  reporting,
}: {
  opportunities: readonly MetricOpportunity[];
  period: Period;
  reporting: ReportingCurrency;
}): SalesVelocity {
  const openCount = opportunities.filter(isOpen).length;
  const rate = winRate({ opportunities, period }).value;
  const { won } = closedIn(opportunities, period);
  const averageWonAmount = mean(
    won.flatMap((deal) => {
      const amount = reporting.toReporting(deal.amount);
      return amount === undefined ? [] : [amount];
    }),
  );
  const cycleDays = averageSalesCycleDays({ opportunities, period });
  const perDay =
    rate === undefined || averageWonAmount === undefined || cycleDays === undefined
      ? undefined
      : Math.round((openCount * rate * averageWonAmount) / Math.max(cycleDays, 1));
  return { openCount, winRate: rate, averageWonAmount, cycleDays, perDay };
}

/** Revenue won in the period against a target, both in reporting minor units. */
export function wonAgainstTarget({
  opportunities,
  period,
  reporting,
  target,
}: {
  opportunities: readonly MetricOpportunity[];
  period: Period;
  reporting: ReportingCurrency;
  target: number | undefined;
}): { won: number; target: number | undefined; attainment: Ratio | undefined } {
  const { won } = closedIn(opportunities, period);
  const total = won.reduce((sum, deal) => sum + (reporting.toReporting(deal.amount) ?? 0), 0);
  return {
    won: total,
    target,
    attainment: target === undefined ? undefined : ratio(total, target),
  };
}
