import { type OpportunityStage, opportunityStages } from '../domain/opportunity.ts';
import type { Money } from '../money/money.ts';
import { moneyFromPercentSum, moneyFromSum } from './moneyTotals.ts';
import type { ForecastOpportunity } from './weightedPipeline.ts';

/** One kanban column's totals: how many deals and, per currency, their amount and weighted amount. */
export type StageTotal = {
  stage: OpportunityStage;
  count: number;
  amounts: { amount: Money; weighted: Money }[];
};

/** A kanban column: its totals and its deals, in the order they were given. */
export type StageColumn<T> = StageTotal & { opportunities: T[] };

type StagedDeal = Pick<ForecastOpportunity, 'stage' | 'amount' | 'probability'>;

/**
 * The pipeline kanban's columns, every stage in order with its deals and totals (currencies
 * sorted), from one pass over the deals: the board re-groups 5,000 deals on every change.
 */
export function stageTotals<T extends StagedDeal>(opportunities: readonly T[]): StageColumn<T>[] {
  const byStage = new Map<OpportunityStage, { deals: T[]; sums: Map<string, [bigint, bigint]> }>(
    opportunityStages.map((stage) => [stage, { deals: [], sums: new Map() }]),
  );
  for (const opportunity of opportunities) {
    const column = byStage.get(opportunity.stage);
    if (column === undefined) continue;
    column.deals.push(opportunity);
    const { amount, probability } = opportunity;
    const [sum, weighted] = column.sums.get(amount.currency) ?? [0n, 0n];
    const value = BigInt(amount.amount);
    column.sums.set(amount.currency, [sum + value, weighted + value * BigInt(probability)]);
  }
  return opportunityStages.map((stage) => {
    const column = byStage.get(stage) ?? { deals: [], sums: new Map<string, [bigint, bigint]>() };
    return {
      stage,
      count: column.deals.length,
      opportunities: column.deals,
      amounts: [...column.sums.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, [sum, weighted]]) => ({
          amount: moneyFromSum(sum, currency),
          weighted: moneyFromPercentSum(weighted, currency),
        })),
    };
  });
}
