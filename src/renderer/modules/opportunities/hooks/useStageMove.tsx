import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity, OpportunityStage } from '../../../../shared/domain/opportunity.ts';
import { isClosedStage } from '../../../../shared/workflow/opportunityWorkflow.ts';
import { useOpportunityCommands } from '../../../data/index.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import { StageReasonModal } from '../components/StageReasonModal.tsx';
import { useStageName } from './useStageName.ts';

type Pending = { opportunity: Opportunity; to: OpportunityStage; kind: 'lost' | 'reopen' };

export type StageMove = {
  /** Moves a deal; asks for a reason first when it is lost or reopened. Resolves true once moved. */
  move: (opportunity: Opportunity, to: OpportunityStage) => Promise<boolean>;
  /** The reason dialog; render it once beside the board or the detail. */
  dialog: ReactNode;
};

/** Stage changes from the board, its keyboard alternative and the detail page, one way. */
export function useStageMove(): StageMove {
  const { t } = useTranslation();
  const { changeStage } = useOpportunityCommands();
  const stageName = useStageName();
  const [pending, setPending] = useState<Pending>();

  const apply = async (opportunity: Opportunity, to: OpportunityStage, reason?: string) => {
    try {
      await changeStage(opportunity.id, to, reason ? { reason } : undefined);
      notifications.show({
        message: t('pipeline.opportunities.moved', {
          name: opportunity.name,
          stage: stageName(to),
        }),
        color: 'teal',
        autoClose: 2000,
      });
      return true;
    } catch (error) {
      notifications.show({ message: errorMessage(error, t), color: 'red' });
      return false;
    }
  };

  const move = async (opportunity: Opportunity, to: OpportunityStage) => {
    if (opportunity.stage === to) return false;
    if (to === 'closed_lost') {
      setPending({ opportunity, to, kind: 'lost' });
      return false;
    }
    if (isClosedStage(opportunity.stage)) {
      setPending({ opportunity, to, kind: 'reopen' });
      return false;
    }
    return apply(opportunity, to);
  };

  const dialog = (
    <StageReasonModal
      kind={pending?.kind}
      onClose={() => setPending(undefined)}
      onConfirm={async (reason) => {
        if (pending) await apply(pending.opportunity, pending.to, reason);
      }}
    />
  );
  return { move, dialog };
}
