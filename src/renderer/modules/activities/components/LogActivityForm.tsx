import { Button, Group, Kbd, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ActivityType,
  activityTypes,
  type RelatedRecord,
} from '../../../../shared/domain/activity.ts';
import { useActivityCommands } from '../../../data/index.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import { activityTypeStyle } from '../utils/activityTypeStyle.ts';
import { localInputToIso } from '../utils/localDateTime.ts';

export type LogActivityFormProps = {
  related: RelatedRecord;
  /** Single-letter shortcuts (C, V, E, M, N, T) anywhere on the page outside text fields. */
  withShortcuts?: boolean;
};

/**
 * Two keystrokes to log an interaction: a letter picks the type and puts the cursor in the
 * subject, Enter saves. Tasks also take a due date and a reminder.
 */
export function LogActivityForm({ related, withShortcuts = true }: LogActivityFormProps) {
  const { t } = useTranslation();
  const { logActivity } = useActivityCommands();
  const [type, setType] = useState<ActivityType>('call');
  const [subject, setSubject] = useState('');
  const [dueAt, setDueAt] = useState('');
  const [reminderAt, setReminderAt] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const subjectRef = useRef<HTMLInputElement>(null);
  const isTask = type === 'task';

  const pick = (next: ActivityType) => {
    setType(next);
    subjectRef.current?.focus();
  };
  useHotkeys(
    withShortcuts
      ? activityTypes.map((item) => [activityTypeStyle[item].key, () => pick(item)] as const)
      : [],
  );

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = subject.trim();
    if (!text) {
      setError(t('qualification.activities.subjectRequired'));
      subjectRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const due = isTask ? localInputToIso(dueAt) : undefined;
      const reminder = isTask ? localInputToIso(reminderAt) : undefined;
      await logActivity({
        type,
        subject: text,
        related,
        ...(due ? { dueAt: due } : {}),
        ...(reminder ? { reminderAt: reminder } : {}),
      });
      setSubject('');
      setDueAt('');
      setReminderAt('');
      notifications.show({
        message: isTask
          ? t('qualification.activities.taskAdded')
          : t('qualification.activities.logged', {
              type: t(`qualification.activities.types.${type}`),
            }),
        color: 'teal',
        autoClose: 2000,
      });
    } catch (caught) {
      notifications.show({ message: errorMessage(caught, t), color: 'red' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('qualification.activities.log')}>
      <Stack gap="sm">
        <Group gap={6} role="group" aria-label={t('qualification.activities.type')} wrap="wrap">
          {activityTypes.map((item) => {
            const { Icon, key } = activityTypeStyle[item];
            const selected = item === type;
            return (
              <Button
                key={item}
                size="xs"
                variant={selected ? 'filled' : 'default'}
                aria-pressed={selected}
                leftSection={<Icon size={14} stroke={1.8} aria-hidden />}
                rightSection={
                  withShortcuts ? (
                    <Kbd size="xs" aria-hidden>
                      {key.toUpperCase()}
                    </Kbd>
                  ) : undefined
                }
                onClick={() => pick(item)}
              >
                {t(`qualification.activities.types.${item}`)}
              </Button>
            );
          })}
        </Group>
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <TextInput
            ref={subjectRef}
            flex={1}
            label={
              isTask
                ? t('qualification.activities.taskSubject')
                : t('qualification.activities.subject')
            }
            placeholder={t('qualification.activities.subjectPlaceholder')}
            value={subject}
            error={error}
            onChange={(event) => {
              setSubject(event.currentTarget.value);
              setError(undefined);
            }}
          />
          <Button type="submit" mt={25} loading={saving}>
            {isTask ? t('qualification.activities.saveTask') : t('qualification.activities.save')}
          </Button>
        </Group>
        {isTask && (
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              type="datetime-local"
              label={t('qualification.activities.dueAt')}
              value={dueAt}
              onChange={(event) => setDueAt(event.currentTarget.value)}
            />
            <TextInput
              type="datetime-local"
              label={t('qualification.activities.reminderAt')}
              value={reminderAt}
              onChange={(event) => setReminderAt(event.currentTarget.value)}
            />
          </SimpleGrid>
        )}
        {withShortcuts && (
          <Text size="xs" c="dimmed">
            {t('qualification.activities.logHint')}
          </Text>
        )}
      </Stack>
    </form>
  );
}
