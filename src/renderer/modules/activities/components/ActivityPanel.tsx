import { Card, Divider, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RelatedRecord } from '../../../../shared/domain/activity.ts';
import { ActivityTimeline, type RolledUpRecord } from './ActivityTimeline.tsx';
import { LogActivityForm } from './LogActivityForm.tsx';

/**
 * The "log activity" form above the record's timeline, for any detail page; what is logged goes
 * on `related`, the timeline also shows what was logged on the `rolledUp` records.
 */
export function ActivityPanel({
  related,
  rolledUp,
}: {
  related: RelatedRecord;
  rolledUp?: readonly RolledUpRecord[];
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="lg" padding="xl" component="section" aria-labelledby="activity-title">
      <Title order={2} fz="md" mb="md" id="activity-title">
        {t('qualification.activities.title')}
      </Title>
      <LogActivityForm related={related} />
      <Divider my="lg" />
      <ActivityTimeline related={related} {...(rolledUp ? { rolledUp } : {})} />
    </Card>
  );
}
