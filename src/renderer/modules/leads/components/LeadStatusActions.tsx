import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowBackUp, IconBan, IconCircleCheck, IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Lead, LeadStatus } from '../../../../shared/domain/lead.ts';
import { nextLeadStatuses } from '../../../../shared/workflow/leadWorkflow.ts';
import { useCurrentUser, useLeadCommands } from '../../../data/index.ts';
import { useCommand } from '../../../ui/useCommand.ts';
import { errorMessage } from '../utils/errorMessage.ts';
import { DisqualifyLeadModal } from './DisqualifyLeadModal.tsx';

const icons: Partial<Record<LeadStatus, typeof IconBan>> = {
  new: IconArrowBackUp,
  contacted: IconPhoneCall,
  qualified: IconCircleCheck,
  disqualified: IconBan,
};

/**
 * Only the moves the workflow allows this person are offered. Converting is left out on purpose:
 * it creates an account, contact and opportunity, and arrives with those features.
 */
export function LeadStatusActions({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { changeLeadStatus } = useLeadCommands();
  const [disqualifyOpened, disqualify] = useDisclosure(false);
  const next = nextLeadStatuses({ from: lead.status, role: user.role }).filter(
    (status) => status !== 'converted',
  );

  const { run } = useCommand(errorMessage);
  const change = async (to: LeadStatus, reason?: string) => {
    await run(
      () => changeLeadStatus(lead.id, to, reason ? { reason } : undefined),
      t('leads.detail.statusChanged', { status: t(`leads.statuses.${to}`) }),
    );
  };

  if (next.length === 0) return null;
  return (
    <>
      <Group gap="xs" role="group" aria-label={t('leads.detail.statusActions')}>
        {next.map((status) => {
          const Icon = icons[status] ?? IconCircleCheck;
          const isDisqualify = status === 'disqualified';
          return (
            <Button
              key={status}
              variant={isDisqualify ? 'subtle' : 'light'}
              color={isDisqualify ? 'red' : undefined}
              leftSection={<Icon size={16} stroke={1.75} />}
              onClick={() => (isDisqualify ? disqualify.open() : void change(status))}
            >
              {t(`leads.transitions.${status}`)}
            </Button>
          );
        })}
      </Group>
      <DisqualifyLeadModal
        opened={disqualifyOpened}
        onClose={disqualify.close}
        onConfirm={(reason) => change('disqualified', reason)}
      />
    </>
  );
}
