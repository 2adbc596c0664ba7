import type { Lead } from '../../../shared/domain/lead.ts';
import { leadHistories } from '../../../shared/predictive/collectLeadHistories.ts';
import { leadFeatures } from '../../../shared/predictive/leadFeatures.ts';
import { type Factor, predictWin } from '../../../shared/predictive/logisticRegression.ts';
import type { PredictiveModelValue } from '../../../shared/predictive/predictiveModelSchema.ts';
import { hasCollection } from '../records/recordStore.ts';
import { setting$ } from '../settings/settingsStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useActivities } from './useActivities.ts';
import { useLiveValue } from './useLiveRecords.ts';

/** The learned score of one lead, or why there is none. */
export type LearnedScoreView =
  | { kind: 'scored'; probability: number; factors: Factor[]; model: PredictiveModelValue }
  | { kind: 'noModel' }
  | { kind: 'insufficientHistory'; model: PredictiveModelValue };

/**
 * The lead's win probability from the learned model in settings, evaluated on this device from
 * the lead and its logged activities, with the three features that moved it most.
 */
export function useLearnedScore(lead: Lead): LearnedScoreView {
  const { data } = useDataContext();
  const { value: setting } = useLiveValue('predictiveModel', () =>
    hasCollection(data, 'settings') ? setting$(data, 'predictiveModel') : undefined,
  );
  const { activities } = useActivities({ collection: 'leads', id: lead.id });
  const model = setting?.value;
  if (!model) return { kind: 'noModel' };
  if (model.status !== 'trained' || !model.model) return { kind: 'insufficientHistory', model };
  const [history] = leadHistories({ leads: [lead], activities });
  if (!history) return { kind: 'noModel' };
  const { probability, factors } = predictWin({
    model: model.model,
    features: leadFeatures(history),
  });
  return { kind: 'scored', probability, factors, model };
}
