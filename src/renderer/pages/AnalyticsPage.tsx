import {
  Alert,
  Group,
  Loader,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useThrottledValue } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { reportingCurrency } from '../../shared/analytics/reportingCurrency.ts';
import { useAnalyticsRecords } from '../data/analytics/useAnalyticsRecords.ts';
import { useDashboardScope } from '../data/analytics/useDashboardScope.ts';
import { useLeadScores } from '../data/index.ts';
import { useDataContext } from '../data/react/DataProvider.tsx';
import { industryLabel } from '../i18n/industryLabels.ts';
import { ChartCard } from '../modules/analytics/components/ChartCard.tsx';
import { DrillDownDrawer } from '../modules/analytics/components/DrillDownDrawer.tsx';
import { MetricTile } from '../modules/analytics/components/MetricTile.tsx';
import { NextBestActionsList } from '../modules/analytics/components/NextBestActionsList.tsx';
import { buildDashboard, recordsOwnedBy } from '../modules/analytics/utils/buildDashboard.ts';
import { type Audience, audiences, type Drill } from '../modules/analytics/utils/dashboardModel.ts';
import {
  isPeriodPreset,
  type PeriodPreset,
  periodPresets,
  presetPeriod,
} from '../modules/analytics/utils/periodPresets.ts';
import { periodTarget } from '../modules/analytics/utils/periodTarget.ts';
import { useStageName } from '../modules/opportunities/hooks/useStageName.ts';

const defaultAudience = (role: string): Audience =>
  role === 'finance' ? 'finance' : role === 'rep' ? 'rep' : 'manager';

/** Dashboards for reps, managers and finance, computed on this device from its own data. */
export function AnalyticsPage() {
  const { t, i18n } = useTranslation();
  const { clock, currentUser } = useDataContext();
  const [params, setParams] = useSearchParams();
  const [drill, setDrill] = useState<{ drill: Drill; title: string }>();
  const { records, loading, currencies } = useAnalyticsRecords();
  // The score distribution reads the scores as this device computes them now; while a sync
  // rescores leads batch after batch, the dashboard follows at most once a second.
  const scores = useLeadScores();
  const scoresVersion = useThrottledValue(scores.version, 1000);
  const stageName = useStageName();
  const scope = useDashboardScope({
    everyone: t('analytics.scope.everyone'),
    team: (name) => t('analytics.scope.team', { name }),
  });
  const requestedAudience = params.get('audience');
  const audience: Audience = (audiences as readonly string[]).includes(requestedAudience ?? '')
    ? (requestedAudience as Audience)
    : defaultAudience(currentUser.role);
  const preset: PeriodPreset = isPeriodPreset(params.get('period'))
    ? (params.get('period') as PeriodPreset)
    : 'thisQuarter';
  const customFrom = params.get('from');
  const customTo = params.get('to');
  const requestedScope = params.get('scope');
  const scopeValue = scope.options.some((option) => option.value === requestedScope)
    ? (requestedScope ?? '')
    : scope.defaultValue;
  const owners = scope.options.find((option) => option.value === scopeValue)?.owners;
  const now = clock();
  const nowMinute = Math.floor(now.getTime() / 60_000);

  const update = useCallback(
    (key: string, value: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set(key, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `scoresVersion` changes when scores do.
  const sections = useMemo(() => {
    const at = new Date(nowMinute * 60_000);
    const period = presetPeriod(preset, at, { from: customFrom, to: customTo });
    const reporting = reportingCurrency({ currencies, fallbackCurrency: 'CNY' });
    const week = new Intl.DateTimeFormat(i18n.language, {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    return buildDashboard(audience, {
      records: recordsOwnedBy(records, owners),
      period,
      reporting,
      today: at.toISOString().slice(0, 10),
      target: periodTarget({ targets: scope.targets, period, scope: scopeValue, reporting }),
      scoreOf: (leadId) => scores.scoreOf(leadId)?.score,
      labels: {
        source: (source) => t(`leads.sources.${source}`),
        stage: (stage) => stageName(stage as Parameters<typeof stageName>[0]),
        scoreBand: (band) => t(`analytics.scoreBands.${band}`),
        week: (day) => week.format(new Date(`${day}T00:00:00Z`)),
        soFar: (label) => t('analytics.soFar', { label }),
        shortWeek: (label, count) => t('analytics.shortWeek', { label, count }),
        noAttribution: t('analytics.noAttribution'),
        industry: (value) => (value === '' ? t('analytics.noIndustry') : industryLabel(value, t)),
      },
      bucketLabel: (bucket) => t(`analytics.agingBuckets.${bucket}`),
    });
  }, [
    audience,
    preset,
    customFrom,
    customTo,
    records,
    owners,
    currencies,
    nowMinute,
    scope.targets,
    scopeValue,
    t,
    i18n.language,
    stageName,
    scores.scoreOf,
    scoresVersion,
  ]);

  const handleDrill = useCallback(
    (target: Drill, title: string) => setDrill({ drill: target, title }),
    [],
  );

  return (
    <Stack gap="lg" p={{ base: 'md', sm: 'lg' }} w="100%" style={{ overflowY: 'auto' }}>
      <div>
        <Title order={1} fz={26}>
          {t('analytics.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('analytics.subtitle')}
        </Text>
      </div>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="analytics-audience">
            {t('analytics.audience.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="analytics-audience"
            value={audience}
            onChange={(value) => update('audience', value)}
            data={audiences.map((value) => ({ value, label: t(`analytics.audience.${value}`) }))}
          />
        </Stack>
        <Select
          label={t('analytics.period.label')}
          value={preset}
          onChange={(value) => value && update('period', value)}
          data={periodPresets.map((value) => ({ value, label: t(`analytics.period.${value}`) }))}
          allowDeselect={false}
          w={180}
        />
        {preset === 'custom' ? (
          <>
            <TextInput
              type="date"
              label={t('analytics.period.from')}
              value={customFrom ?? ''}
              onChange={(event) => update('from', event.currentTarget.value)}
              w={160}
            />
            <TextInput
              type="date"
              label={t('analytics.period.to')}
              value={customTo ?? ''}
              onChange={(event) => update('to', event.currentTarget.value)}
              w={160}
            />
          </>
        ) : null}
        <Select
          label={t('analytics.scope.label')}
          value={scopeValue}
          onChange={(value) => value && update('scope', value)}
          data={scope.options.map((option) => ({ value: option.value, label: option.label }))}
          allowDeselect={false}
          searchable
          w={220}
        />
        {loading ? <Loader size="sm" aria-label={t('analytics.loading')} /> : null}
      </Group>
      {audience === 'rep' ? (
        <NextBestActionsList
          records={recordsOwnedBy(records, owners)}
          userId={scopeValue.startsWith('user:') ? scopeValue.slice(5) : currentUser.id}
          now={now}
        />
      ) : null}
      {sections.map((section) => (
        <Stack
          key={section.id}
          gap="sm"
          component="section"
          aria-labelledby={`analytics-${section.id}`}
        >
          <Title order={2} fz="lg" id={`analytics-${section.id}`}>
            {t(`analytics.sections.${section.id}`)}
          </Title>
          {section.tiles.length > 0 ? (
            <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm">
              {section.tiles.map((tile) => (
                <MetricTile key={tile.id} tile={tile} onDrill={handleDrill} />
              ))}
            </SimpleGrid>
          ) : null}
          {section.charts.length > 0 ? (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              {section.charts.map((chart) => (
                <ChartCard key={chart.id} chart={chart} onDrill={handleDrill} />
              ))}
            </SimpleGrid>
          ) : null}
        </Stack>
      ))}
      {!loading && records.leads.length === 0 && records.opportunities.length === 0 ? (
        <Alert color="gray">{t('analytics.empty')}</Alert>
      ) : null}
      <DrillDownDrawer drill={drill} records={records} onClose={() => setDrill(undefined)} />
    </Stack>
  );
}
