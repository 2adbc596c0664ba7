import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunityStage } from '../../../../shared/domain/opportunity.ts';
import { stageLabel } from '../../../../shared/pipeline/stageLabel.ts';
import { useOpportunityStages } from '../../../data/index.ts';

/** A stage's name: the company's label from the stages setting in the UI language, else the built-in translation. */
export function useStageName(): (stage: OpportunityStage) => string {
  const { t, i18n } = useTranslation();
  const { stored } = useOpportunityStages();
  const language = i18n.language;
  return useCallback(
    (stage: OpportunityStage) =>
      stageLabel(stage, stored, language) ?? t(`pipeline.stages.${stage}`),
    [stored, language, t],
  );
}
