import { Badge, Button, Group, Text, Title } from '@mantine/core';
import { IconFlame, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FieldEvent } from '../../../../shared/domain/event.ts';
import { useBoothCounts } from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';

/** The booth's one line of frame: which event, today's running count, and the way out. */
export function BoothHeader({ event }: { event: FieldEvent }) {
  const { t } = useTranslation();
  const counts = useBoothCounts(event.id);
  return (
    <Group
      justify="space-between"
      px="lg"
      py="sm"
      wrap="nowrap"
      style={{ borderBottom: '1px solid var(--fb-border)' }}
    >
      <Title order={1} fz={20} lineClamp={1}>
        {t('events.booth.title', { name: event.name })}
      </Title>
      <Group gap="sm" wrap="nowrap">
        <Group gap="xs" role="status" aria-live="polite" wrap="nowrap">
          <Badge size="lg" variant="light">
            {t('events.booth.today', { count: counts.today })}
          </Badge>
          <Badge size="lg" color="red" variant="light" leftSection={<IconFlame size={14} />}>
            {t('events.booth.hot', { count: counts.hot })}
          </Badge>
        </Group>
        <Button
          component={Link}
          to={paths.events}
          variant="subtle"
          leftSection={<IconLogout size={16} />}
        >
          <Text span size="sm">
            {t('events.booth.exit')}
          </Text>
        </Button>
      </Group>
    </Group>
  );
}
