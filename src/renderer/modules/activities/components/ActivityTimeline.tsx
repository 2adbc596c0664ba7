import { Anchor, Badge, Checkbox, Group, Loader, Text, ThemeIcon, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity, RelatedRecord } from '../../../../shared/domain/activity.ts';
import { useActivities, useActivityCommands } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { useCommand } from '../../../ui/useCommand.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import { useTaskSubject } from '../hooks/useTaskSubject.ts';
import { activityTypeStyle } from '../utils/activityTypeStyle.ts';

/** A record whose activities show in another's timeline, with where each one came from. */
export type RolledUpRecord = RelatedRecord & { label: string; to: string };

/**
 * Everything logged against one record, newest first, and against the records rolled up into
 * it (each marked with a link to where it was logged); open tasks can be completed in place.
 */
export function ActivityTimeline({
  related,
  rolledUp = [],
}: {
  related: RelatedRecord;
  rolledUp?: readonly RolledUpRecord[];
}) {
  const { t } = useTranslation();
  const { activities, loading } = useActivities(related, rolledUp);
  const sources = new Map(rolledUp.map((record) => [record.id, record]));

  if (loading && activities.length === 0) {
    return <Loader size="sm" aria-label={t('app.loading')} />;
  }
  if (activities.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('qualification.activities.empty')}
      </Text>
    );
  }
  return (
    <Timeline
      bulletSize={26}
      lineWidth={2}
      aria-label={t('qualification.activities.timeline')}
      role="list"
    >
      {activities.map((activity) => (
        <ActivityItem
          key={activity.id}
          activity={activity}
          source={sources.get(activity.related.id)}
        />
      ))}
    </Timeline>
  );
}

function ActivityItem({
  activity,
  source,
}: {
  activity: Activity;
  source: RolledUpRecord | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  // A task due on a day (due at midnight) says the day, not "12:00 AM".
  const dueText = (dueAt: string) => {
    const due = new Date(dueAt);
    return due.getHours() === 0 && due.getMinutes() === 0
      ? format.date(dueAt)
      : format.dateTime(dueAt);
  };
  const subject = useTaskSubject().subjectOf(activity);
  const { completeTask } = useActivityCommands();
  const { Icon, color } = activityTypeStyle[activity.type];
  const openTask = activity.type === 'task' && !activity.done;

  const { run } = useCommand(errorMessage);
  const handleComplete = () =>
    run(() => completeTask(activity.id), t('qualification.activities.completed'));

  return (
    <Timeline.Item
      role="listitem"
      bullet={
        <ThemeIcon size={26} radius="xl" color={color} variant="light">
          <Icon size={15} stroke={1.8} aria-hidden />
        </ThemeIcon>
      }
      title={
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {openTask ? (
            <Checkbox
              size="xs"
              aria-label={t('qualification.activities.complete', { subject })}
              checked={false}
              onChange={() => void handleComplete()}
            />
          ) : null}
          <Text
            size="sm"
            fw={600}
            td={activity.type === 'task' && activity.done ? 'line-through' : undefined}
            style={{ minWidth: 0 }}
          >
            {subject}
          </Text>
          {/* A long subject wraps; the type badge keeps its word (it was cut to 'T…'). */}
          <Badge size="xs" variant="light" color={color} mt={3} style={{ flexShrink: 0 }}>
            {t(`qualification.activities.types.${activity.type}`)}
          </Badge>
        </Group>
      }
    >
      {activity.body && (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          {activity.body}
        </Text>
      )}
      {source && (
        <Anchor component={Link} to={source.to} size="xs">
          {t('qualification.activities.on', { name: source.label })}
        </Anchor>
      )}
      <Text size="xs" c="dimmed" mt={2}>
        {activity.type === 'task' && activity.dueAt
          ? t('qualification.activities.due', { date: dueText(activity.dueAt) })
          : format.dateTime(activity.occurredAt)}
      </Text>
    </Timeline.Item>
  );
}
