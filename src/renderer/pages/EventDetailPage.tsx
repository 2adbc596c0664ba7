import { Button, Group, Title } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { canEditEvents, useCurrentUser, useEvent } from '../data/index.ts';
import { EventEditorForm } from '../modules/events/components/EventEditorForm.tsx';
import {
  emptyEventFormValues,
  eventToFormValues,
} from '../modules/events/utils/eventFormValues.ts';
import { importPaths } from '../modules/import/utils/importPaths.ts';
import { paths } from '../routes.tsx';
import { DetailFrame } from '../ui/DetailFrame.tsx';

/** A new event (/events/new) or an existing one; read-only for reps. */
export function EventDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const isNew = id === undefined;
  const { event, loading } = useEvent(id);
  const { role } = useCurrentUser();
  const readOnly = !canEditEvents(role);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <DetailFrame
      backTo={paths.events}
      backLabel={t('events.editor.back')}
      loading={!isNew && loading}
      loadingLabel={t('app.loading')}
      found={isNew || event !== undefined}
      notFoundText={t('events.editor.notFound')}
    >
      <Group justify="space-between" align="flex-start">
        <Title order={1} fz={26}>
          {isNew ? t('events.editor.newTitle') : (event?.name ?? t('events.editor.editTitle'))}
        </Title>
        {event && (
          <Button
            component={Link}
            to={importPaths.eventFollowUp(event.id)}
            variant="light"
            leftSection={<IconListCheck size={16} aria-hidden />}
          >
            {t('events.editor.followUp')}
          </Button>
        )}
      </Group>
      <EventEditorForm
        key={event?.updatedAt ?? 'new'}
        initial={event ? eventToFormValues(event) : emptyEventFormValues(today)}
        {...(event ? { eventId: event.id } : {})}
        readOnly={readOnly}
        onSaved={(saved) => {
          if (isNew) navigate(paths.event(saved.id), { replace: true });
        }}
      />
    </DetailFrame>
  );
}
