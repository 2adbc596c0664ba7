import { Card, Center, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useFollowUpLeads } from '../data/import/useFollowUpLeads.ts';
import {
  type EventOption,
  useCurrentUser,
  useEventOptions,
  useTeamMembers,
} from '../data/index.ts';
import { useDataContext } from '../data/react/DataProvider.tsx';
import { FollowUpAssignBar } from '../modules/followUp/components/FollowUpAssignBar.tsx';
import { FollowUpTable } from '../modules/followUp/components/FollowUpTable.tsx';
import { useHotLeadTasks } from '../modules/followUp/hooks/useHotLeadTasks.ts';
import { importPaths } from '../modules/import/utils/importPaths.ts';

const leadPath = (id: string) => `/leads/${encodeURIComponent(id)}`;

/** The show to follow up by default: the one that started last, up to today. */
function latestStartedEvent(
  events: readonly EventOption[],
  today: string,
): EventOption | undefined {
  return events
    .filter((event) => event.startsOn !== '' && event.startsOn <= today)
    .reduce<EventOption | undefined>(
      (latest, event) => (!latest || event.startsOn > latest.startsOn ? event : latest),
      undefined,
    );
}

/** After the show: an event's leads by score, bulk assignment, tasks for hot leads. */
export function FollowUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const [search] = useSearchParams();
  const eventId = params.id ?? search.get('event') ?? '';
  const events = useEventOptions();
  const { clock } = useDataContext();
  // Coming here after a show, the rep means that show: it opens without a choice to make.
  const latest = eventId
    ? undefined
    : latestStartedEvent(events, clock().toISOString().slice(0, 10));
  useEffect(() => {
    if (latest) navigate(importPaths.eventFollowUp(latest.id), { replace: true });
  }, [latest, navigate]);
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            {t('followUp.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('followUp.subtitle')}
          </Text>
        </div>
        <NativeSelect
          label={t('followUp.event')}
          value={eventId}
          onChange={(event) => navigate(importPaths.eventFollowUp(event.currentTarget.value))}
          data={[
            {
              value: '',
              label: events.length ? t('followUp.eventPlaceholder') : t('followUp.noEvents'),
              disabled: true,
            },
            ...events.map((option) => ({ value: option.id, label: option.name })),
          ]}
        />
      </Group>
      {eventId ? (
        <EventFollowUp key={eventId} eventId={eventId} />
      ) : (
        <Text c="dimmed">{t('followUp.chooseEvent')}</Text>
      )}
    </Stack>
  );
}

function EventFollowUp({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const members = useTeamMembers();
  const { rows, loading } = useFollowUpLeads(eventId);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  useHotLeadTasks(rows);
  const canAssign = user.role === 'manager' || user.role === 'admin';
  const names = new Map(members.map((member) => [member.id, member.name]));
  const ownerName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const hot = rows.filter((row) => row.hot).length;

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  if (loading) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (rows.length === 0) return <Text c="dimmed">{t('followUp.noLeads')}</Text>;
  return (
    <Card withBorder radius="lg" padding="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Text size="sm">{t('followUp.hotCount', { count: hot })}</Text>
          {canAssign ? (
            <FollowUpAssignBar
              selected={[...selected]}
              members={members}
              onAssigned={() => setSelected(new Set())}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('followUp.managersOnly')}
            </Text>
          )}
        </Group>
        <FollowUpTable
          rows={rows}
          selected={selected}
          selectable={canAssign}
          onToggle={toggle}
          onToggleAll={() =>
            setSelected((current) =>
              current.size === rows.length ? new Set() : new Set(rows.map((row) => row.lead.id)),
            )
          }
          ownerName={ownerName}
          leadPath={leadPath}
        />
      </Stack>
    </Card>
  );
}
