import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useClockNow, useTicket } from '../data/index.ts';
import { ActivityPanel } from '../modules/activities/components/ActivityPanel.tsx';
import { SlaPanel } from '../modules/tickets/components/SlaPanel.tsx';
import { TicketActions } from '../modules/tickets/components/TicketActions.tsx';
import { TicketDetailsCard } from '../modules/tickets/components/TicketDetailsCard.tsx';
import {
  TicketPriorityBadge,
  TicketStatusBadge,
} from '../modules/tickets/components/TicketStatusBadge.tsx';
import { paths } from '../routes.tsx';
import { DetailFrame } from '../ui/DetailFrame.tsx';

export function TicketDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { ticket, loading } = useTicket(id);
  const now = useClockNow();

  return (
    <DetailFrame
      backTo={paths.tickets}
      backLabel={t('tickets.detail.back')}
      loading={loading}
      loadingLabel={t('app.loading')}
      found={ticket !== undefined}
      notFoundText={t('tickets.detail.notFound')}
    >
      {ticket && (
        <Stack gap="lg">
          <Card withBorder radius="lg" padding="xl">
            <Stack gap="md">
              <div>
                <Text size="sm" c="dimmed" fw={600}>
                  {ticket.number}
                </Text>
                <Title order={1} fz={26}>
                  {ticket.subject}
                </Title>
                <Group gap="xs" mt="xs">
                  <TicketStatusBadge status={ticket.status} />
                  <TicketPriorityBadge priority={ticket.priority} />
                </Group>
              </div>
              <TicketActions ticket={ticket} />
            </Stack>
          </Card>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
            <Stack gap="lg">
              <SlaPanel ticket={ticket} now={now} />
              <TicketDetailsCard ticket={ticket} />
            </Stack>
            <ActivityPanel related={{ collection: 'tickets', id: ticket.id }} />
          </SimpleGrid>
        </Stack>
      )}
    </DetailFrame>
  );
}
