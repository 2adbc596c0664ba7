import { Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ticketPriorities, ticketStatuses } from '../../shared/domain/ticket.ts';
import { useAccountNames, useTicketList } from '../data/index.ts';
import { useOwnerName } from '../modules/pipeline/hooks/useOwnerName.ts';
import { NewTicketButton } from '../modules/tickets/components/NewTicketButton.tsx';
import { TicketExportButton } from '../modules/tickets/components/TicketExportButton.tsx';
import {
  TicketFilters,
  type TicketFilterValues,
} from '../modules/tickets/components/TicketFilters.tsx';
import { TicketTable } from '../modules/tickets/components/TicketTable.tsx';

// Filters live in the URL, so a filtered list can be bookmarked and survives a reload.
function readFilters(params: URLSearchParams): TicketFilterValues {
  const status = params.get('status') ?? '';
  const priority = params.get('priority') ?? '';
  return {
    status: status === 'open' ? 'open' : (ticketStatuses.find((item) => item === status) ?? ''),
    priority: ticketPriorities.find((item) => item === priority) ?? '',
    assigneeId: params.get('assignee') ?? '',
    breached: params.get('breached') === '1',
  };
}

export function TicketsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const { rows, loading, now } = useTicketList({
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
    ...(filters.assigneeId ? { assigneeId: filters.assigneeId } : {}),
    ...(filters.breached ? { breached: true } : {}),
  });
  const accountNames = useAccountNames();
  const ownerName = useOwnerName();
  const filtered =
    filters.status !== '' ||
    filters.priority !== '' ||
    filters.assigneeId !== '' ||
    filters.breached;

  const handleChange = (patch: Partial<TicketFilterValues>) => {
    const next = { ...filters, ...patch };
    const search = new URLSearchParams();
    if (next.status) search.set('status', next.status);
    if (next.priority) search.set('priority', next.priority);
    if (next.assigneeId) search.set('assignee', next.assigneeId);
    if (next.breached) search.set('breached', '1');
    setParams(search, { replace: true });
  };

  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} fz={26}>
            {t('tickets.list.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('tickets.list.subtitle')}
          </Text>
        </div>
        <Group gap="xs">
          <TicketExportButton
            rows={rows}
            now={now}
            accountNames={accountNames}
            ownerName={ownerName}
          />
          <NewTicketButton />
        </Group>
      </Group>
      <TicketFilters value={filters} onChange={handleChange} />
      <Card withBorder radius="lg" padding="md">
        {loading && rows.length === 0 ? (
          <Center py="xl">
            <Loader aria-label={t('app.loading')} />
          </Center>
        ) : rows.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" ta="center">
            {filtered ? t('tickets.list.noMatches') : t('tickets.list.empty')}
          </Text>
        ) : (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('tickets.list.total', { count: rows.length })}
            </Text>
            <TicketTable rows={rows} now={now} />
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
