import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../shared/domain/ticket.ts';
import { slaStatus } from '../../../../shared/service/slaStatus.ts';
import { SlaClockBadge } from './SlaClockBadge.tsx';

/** A ticket's two SLA clocks (first response, resolution) at `now`, for lists. */
export function SlaBadges({
  ticket,
  now,
}: {
  ticket: Pick<Ticket, 'sla' | 'closedAt'>;
  now: string;
}) {
  const { t } = useTranslation();
  const status = slaStatus({ ticket, now });
  return (
    <Stack gap={4} align="flex-start">
      <SlaClockBadge label={t('tickets.sla.badge.firstResponse')} clock={status.firstResponse} />
      <SlaClockBadge label={t('tickets.sla.badge.resolution')} clock={status.resolution} />
    </Stack>
  );
}
