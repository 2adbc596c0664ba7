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

/** Per-stage totals for the pipeline kanban, every stage listed in order, currencies sorted. */
export function stageTotals(
  opportunities: readonly Pick<ForecastOpportunity, 'stage' | 'amount' | 'probability'>[],
): StageTotal[] {
  const byStage = new Map<OpportunityStage, { count: number; sums: Map<string, [bigint, bigint]> }>(
    opportunityStages.map((stage) => [stage, { count: 0, sums: new Map() }]),
  );
  for (const { stage, amount, probability } of opportunities) {
    const column = byStage.get(stage);
    if (column === undefined) continue;
    column.count += 1;
    const [sum, weighted] = column.sums.get(amount.currency) ?? [0n, 0n];
    const value = BigInt(amount.amount);
    column.sums.set(amount.currency, [sum + value, weighted + value * BigInt(probability)]);
  }
  return opportunityStages.map((stage) => {
    const column = byStage.get(stage) ?? { count: 0, sums: new Map<string, [bigint, bigint]>() };
    return {
      stage,
      count: column.count,
      amounts: [...column.sums.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, [sum, weighted]]) => ({
          amount: moneyFromSum(sum, currency),
          weighted: moneyFromPercentSum(weighted, currency),
        })),
    };
  });
}
