import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket, TicketStatus } from '../../../../shared/domain/ticket.ts';
import { nextTicketStatuses } from '../../../../shared/workflow/ticketWorkflow.ts';
import { useCurrentUser, useTicketCommands } from '../../../data/index.ts';
import { ReasonModal } from '../../../ui/ReasonModal.tsx';
import { useTicketAction } from '../hooks/useTicketAction.ts';

type Prompt = 'resolve' | 'reopen' | undefined;

function actionLabel(from: TicketStatus, to: TicketStatus): string {
  if (to === 'in_progress') {
    return from === 'resolved' || from === 'closed' ? 'reopen' : 'start';
  }
  if (to === 'waiting_on_customer') return 'waiting';
  if (to === 'resolved') return 'resolve';
  return 'close';
}

/**
 * The moves the current user may make on a ticket: record the first response, start, wait on
 * the customer, resolve (with what fixed it), close, reopen (a closed ticket needs a reason).
 */
export function TicketActions({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const commands = useTicketCommands();
  const { run, busy } = useTicketAction();
  const [prompt, setPrompt] = useState<Prompt>();
  const moves = nextTicketStatuses({ from: ticket.status, role });

  const move = (to: TicketStatus, extra: { reason?: string; resolution?: string } = {}) =>
    run(
      () => commands.changeStatus(ticket.id, { to, ...extra }),
      (moved) => t('tickets.actions.moved', { status: t(`tickets.statuses.${moved.status}`) }),
    );

  const handleMove = (to: TicketStatus) => {
    if (to === 'resolved') setPrompt('resolve');
    else if (to === 'in_progress' && ticket.status === 'closed') setPrompt('reopen');
    else void move(to);
  };

  return (
    <>
      <Group gap="sm" role="group" aria-label={t('tickets.actions.label')}>
        {ticket.sla.firstRespondedAt === undefined && ticket.status !== 'closed' && (
          <Button
            variant="default"
            loading={busy}
            onClick={() =>
              void run(
                () => commands.recordFirstResponse(ticket.id),
                () => t('tickets.actions.responded'),
              )
            }
          >
            {t('tickets.actions.recordResponse')}
          </Button>
        )}
        {moves.map((to) => {
          const label = actionLabel(ticket.status, to);
          return (
            <Button
              key={to}
              variant={to === 'resolved' ? 'filled' : 'default'}
              color={to === 'resolved' ? 'teal' : undefined}
              loading={busy}
              onClick={() => handleMove(to)}
            >
              {t(`tickets.actions.${label}`)}
            </Button>
          );
        })}
      </Group>
      <ReasonModal
        opened={prompt === 'resolve'}
        title={t('tickets.resolve.title', { number: ticket.number })}
        description={t('tickets.resolve.description')}
        label={t('tickets.resolve.label')}
        placeholder={t('tickets.resolve.placeholder')}
        requiredMessage={t('tickets.resolve.required')}
        confirmLabel={t('tickets.resolve.confirm')}
        confirmColor="teal"
        onClose={() => setPrompt(undefined)}
        onConfirm={async (resolution) => (await move('resolved', { resolution })) !== undefined}
      />
      <ReasonModal
        opened={prompt === 'reopen'}
        title={t('tickets.reopen.title', { number: ticket.number })}
        description={t('tickets.reopen.description')}
        label={t('tickets.reopen.label')}
        placeholder={t('tickets.reopen.placeholder')}
        requiredMessage={t('tickets.reopen.required')}
        confirmLabel={t('tickets.reopen.confirm')}
        onClose={() => setPrompt(undefined)}
        onConfirm={async (reason) => (await move('in_progress', { reason })) !== undefined}
      />
    </>
  );
}
