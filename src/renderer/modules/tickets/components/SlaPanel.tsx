import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../shared/domain/ticket.ts';
import { type SlaClock, slaStatus } from '../../../../shared/service/slaStatus.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { SectionCard } from '../../../ui/SectionCard.tsx';
import { slaClockColor, useSlaClockText } from './SlaClockBadge.tsx';

function ClockRow({ label, clock, testId }: { label: string; clock: SlaClock; testId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useSlaClockText();
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" data-testid={testId}>
      <div>
        <Text fw={600} size="sm">
          {label}
        </Text>
        {clock.state !== 'none' && (
          <Text size="xs" c="dimmed">
            {t('tickets.sla.due', { time: format.dateTime(clock.dueAt) })}
            {clock.state === 'met' || (clock.state === 'breached' && clock.at)
              ? ` · ${t('tickets.sla.doneAt', { time: format.dateTime(clock.at ?? '') })}`
              : ''}
          </Text>
        )}
      </div>
      <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
        {clock.state === 'breached' && (
          <Badge color="red" variant="filled" radius="sm">
            {t('tickets.sla.breached')}
          </Badge>
        )}
        <Badge color={slaClockColor(clock)} variant="light" radius="sm" tt="none">
          {text(clock)}
        </Badge>
      </Stack>
    </Group>
  );
}

/** Where a ticket stands against its service level at `now`, with breach flags. */
export function SlaPanel({ ticket, now }: { ticket: Ticket; now: string }) {
  const { t } = useTranslation();
  const status = slaStatus({ ticket, now });
  return (
    <SectionCard title={t('tickets.sla.title')}>
      <Stack gap="md">
        {status.breached && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {t('tickets.sla.breachedAlert')}
          </Alert>
        )}
        <ClockRow
          label={t('tickets.sla.firstResponse')}
          clock={status.firstResponse}
          testId="sla-first-response"
        />
        <ClockRow
          label={t('tickets.sla.resolution')}
          clock={status.resolution}
          testId="sla-resolution"
        />
      </Stack>
    </SectionCard>
  );
}
