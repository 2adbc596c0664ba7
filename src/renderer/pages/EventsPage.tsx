import { Button, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canEditEvents, useCurrentUser, useEvents } from '../data/index.ts';
import { EventTable } from '../modules/events/components/EventTable.tsx';
import { paths } from '../routes.tsx';

/** Every event; managers create and edit them, anyone picks the one this device captures for. */
export function EventsPage() {
  const { t } = useTranslation();
  const { events, loading } = useEvents();
  const { role } = useCurrentUser();
  const editor = canEditEvents(role);
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} fz={26}>
            {t('events.list.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('events.list.description')}
          </Text>
        </div>
        {editor && (
          <Button component={Link} to={paths.newEvent} leftSection={<IconPlus size={16} />}>
            {t('events.list.new')}
          </Button>
        )}
      </Group>
      <Card withBorder radius="lg" padding="md">
        {loading ? (
          <Center py="xl">
            <Loader aria-label={t('app.loading')} />
          </Center>
        ) : events.length === 0 ? (
          <Stack gap={4} py="md" align="center">
            <Text fw={600}>{t('events.list.empty')}</Text>
            <Text size="sm" c="dimmed">
              {editor ? t('events.list.emptyManager') : t('events.list.emptyRep')}
            </Text>
          </Stack>
        ) : (
          <EventTable events={events} />
        )}
      </Card>
    </Stack>
  );
}
