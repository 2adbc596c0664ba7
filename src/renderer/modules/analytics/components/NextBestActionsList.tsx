import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nextBestActions } from '../../../../shared/automation/nextBestActions.ts';
import { currencyExponent } from '../../../../shared/money/currencies.ts';
import { formatPersonName } from '../../../../shared/text/formatPersonName.ts';
import type { AnalyticsRecords } from '../../../data/analytics/analyticsMirrors.ts';
import { paths } from '../../../routes.tsx';
import { useTaskSubject } from '../../activities/hooks/useTaskSubject.ts';

type Props = { records: AnalyticsRecords; userId: string; now: Date };

/** The rep's next best actions, best first, each with the factors (and points) behind its place. */
export function NextBestActionsList({ records, userId, now }: Props) {
  const { t } = useTranslation();
  const { subjectOf } = useTaskSubject();
  const actions = useMemo(
    () =>
      nextBestActions({
        userId,
        now: now.toISOString(),
        leads: records.leads,
        opportunities: records.opportunities,
        activities: records.activities,
        minorPerMajor: (currency) => 10 ** currencyExponent(currency),
        limit: 10,
      }),
    [records, userId, now],
  );
  const leads = useMemo(
    () => new Map(records.leads.map((lead) => [lead.id, lead])),
    [records.leads],
  );
  const deals = useMemo(
    () => new Map(records.opportunities.map((deal) => [deal.id, deal])),
    [records.opportunities],
  );
  const tasks = useMemo(
    () => new Map(records.activities.map((task) => [task.id, task])),
    [records.activities],
  );
  const describeAction = (action: (typeof actions)[number]) => {
    if (action.kind === 'lead') {
      const lead = leads.get(action.id);
      return {
        title: lead ? formatPersonName(lead) || lead.company : action.id,
        href: paths.lead(action.id),
      };
    }
    if (action.kind === 'opportunity')
      return { title: deals.get(action.id)?.name ?? action.id, href: paths.opportunity(action.id) };
    const task = tasks.get(action.id);
    const related = task?.related;
    const href =
      related?.collection === 'leads'
        ? paths.lead(related.id)
        : related?.collection === 'opportunities'
          ? paths.opportunity(related.id)
          : paths.tasks;
    return { title: task ? subjectOf(task) : action.id, href };
  };
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={3} fz="md" mb="xs">
        {t('analytics.nextBest.title')}
      </Title>
      {actions.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('analytics.nextBest.empty')}
        </Text>
      ) : (
        <List listStyleType="none" spacing="sm" aria-label={t('analytics.nextBest.title')}>
          {actions.map((action) => {
            const { title, href } = describeAction(action);
            return (
              <List.Item key={`${action.kind}-${action.id}`}>
                <Stack gap={2}>
                  <Group gap="xs">
                    <Badge variant="light" size="sm">
                      {t(`analytics.nextBest.kinds.${action.kind}`)}
                    </Badge>
                    <Anchor component={Link} to={href} size="sm" fw={600}>
                      {title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t('analytics.nextBest.points', { points: action.points })}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {action.factors
                      .map((factor) =>
                        t(`analytics.nextBest.factors.${factor.code}`, {
                          ...factor.params,
                          // "1 day", "tomorrow": the day counts choose their plural form.
                          ...(typeof factor.params.days === 'number'
                            ? { count: factor.params.days }
                            : {}),
                          points: factor.points,
                        }),
                      )
                      .join(' · ')}
                  </Text>
                </Stack>
              </List.Item>
            );
          })}
        </List>
      )}
    </Card>
  );
}
