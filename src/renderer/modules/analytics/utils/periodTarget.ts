import type { Period } from '../../../../shared/analytics/period.ts';
import type { ReportingCurrency } from '../../../../shared/analytics/reportingCurrency.ts';
import type { SalesTarget } from '../../../../shared/domain/setting.ts';

/**
 * The sales target for a period and scope, in reporting minor units: the scope's monthly
 * targets for every month the period touches. Everyone = the teams' targets (or, when no team
 * has one, the owners'). Undefined when no target applies.
 */
export function periodTarget({
  targets,
  period,
  scope,
  reporting,
}: {
  targets: readonly SalesTarget[];
  period: Period;
  scope: string;
  reporting: ReportingCurrency;
}): number | undefined {
  const first = period.start.slice(0, 7);
  const last = new Date(Date.parse(period.end) - 1).toISOString().slice(0, 7);
  const inPeriod = targets.filter((target) => target.month >= first && target.month <= last);
  const [kind, id] = scope.split(':');
  let chosen: SalesTarget[];
  if (kind === 'user')
    chosen = inPeriod.filter((target) => target.scope === 'owner' && target.subjectId === id);
  else if (kind === 'team')
    chosen = inPeriod.filter((target) => target.scope === 'team' && target.subjectId === id);
  else {
    const teams = inPeriod.filter((target) => target.scope === 'team');
    chosen = teams.length > 0 ? teams : inPeriod.filter((target) => target.scope === 'owner');
  }
  if (chosen.length === 0) return undefined;
  return chosen.reduce((sum, target) => sum + (reporting.toReporting(target.amount) ?? 0), 0);
}
