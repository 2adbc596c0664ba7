import { Anchor, Badge, Button, Group, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FieldEvent } from '../../../../shared/domain/event.ts';
import { useActiveEventId, useLeadCountsByEvent } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { paths } from '../../../routes.tsx';
import { importPaths } from '../../import/utils/importPaths.ts';

/** Events with their dates and venue, and the switch that makes one the booth's event on this device. */
export function EventTable({ events }: { events: readonly FieldEvent[] }) {
  const { t, i18n } = useTranslation();
  const [activeEventId, setActiveEventId] = useActiveEventId();
  const leadCount = useLeadCountsByEvent();
  const { number } = useFormatters();
  const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (iso: string) => dates.format(new Date(`${iso}T00:00:00Z`));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('events.list.name')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('events.list.dates')}</Table.Th>
            <Table.Th>{t('events.list.venue')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>
              {t('events.list.leads')}
            </Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('events.list.questions')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const active = event.id === activeEventId;
            return (
              <Table.Tr key={event.id}>
                <Table.Td>
                  <Group gap="xs">
                    <Anchor component={Link} to={paths.event(event.id)} fw={600}>
                      {event.name}
                    </Anchor>
                    {active && (
                      <Badge color="teal" variant="light">
                        {t('events.list.active')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t(`events.kinds.${event.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {day(event.startsOn)} – {day(event.endsOn)}
                </Table.Td>
                <Table.Td>{[event.venue, event.city].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td ta="right">
                  {leadCount === undefined ? (
                    <Loader size="xs" aria-label={t('app.loading')} />
                  ) : (
                    // The event's leads, by score, to follow up.
                    <Anchor
                      component={Link}
                      to={importPaths.eventFollowUp(event.id)}
                      aria-label={t('events.list.leadsOf', {
                        formatted: number(leadCount(event.id)),
                        event: event.name,
                      })}
                    >
                      {number(leadCount(event.id))}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>{event.qualificationQuestions.length}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {active ? (
                      <>
                        <Button size="xs" component={Link} to={paths.booth}>
                          {t('events.list.openBooth')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setActiveEventId(undefined)}
                        >
                          {t('events.list.stopUsing')}
                        </Button>
                      </>
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={`${t('events.list.useHere')}: ${event.name}`}
                        onClick={() => setActiveEventId(event.id)}
                      >
                        {t('events.list.useHere')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
