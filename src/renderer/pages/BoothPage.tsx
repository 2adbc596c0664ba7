import { Button, Center, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActiveEventId, useEvent, useEvents } from '../data/index.ts';
import { BoothHeader } from '../modules/booth/components/BoothHeader.tsx';
import { BoothView } from '../modules/booth/components/BoothView.tsx';
import { paths } from '../routes.tsx';

/** Booth mode: full screen, for the event active on this device; asks for one when none is. */
export function BoothPage() {
  const { t } = useTranslation();
  const [activeEventId, setActiveEventId] = useActiveEventId();
  const { event, loading } = useEvent(activeEventId);
  const { events } = useEvents();
  const [choice, setChoice] = useState<string | null>(null);

  if (activeEventId && loading) {
    return (
      <Center h="100dvh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (!event) {
    return (
      <Center h="100dvh" p="lg">
        <Stack gap="md" w={420}>
          <Title order={1} fz={22}>
            {t('events.booth.noEvent')}
          </Title>
          <Select
            label={t('events.booth.chooseEvent')}
            data={events.map((item) => ({ value: item.id, label: item.name }))}
            value={choice}
            onChange={setChoice}
            searchable
          />
          <Button disabled={!choice} onClick={() => choice && setActiveEventId(choice)}>
            {t('events.booth.start')}
          </Button>
          <Text size="sm">
            <Link to={paths.events}>{t('events.editor.back')}</Link>
          </Text>
        </Stack>
      </Center>
    );
  }
  return (
    <Stack gap={0} h="100dvh" style={{ background: 'var(--fb-canvas)' }}>
      <BoothHeader event={event} />
      <BoothView key={event.id} event={event} />
    </Stack>
  );
}
