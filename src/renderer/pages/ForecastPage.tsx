import {
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTarget } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useForecast } from '../data/index.ts';
import { ForecastTable } from '../modules/pipeline/components/ForecastTable.tsx';
import { OwnerSelect } from '../modules/pipeline/components/OwnerSelect.tsx';
import { useOwnerName } from '../modules/pipeline/hooks/useOwnerName.ts';
import { addMonths, monthOf, monthsToDateRange } from '../modules/pipeline/utils/monthRange.ts';
import { paths } from '../routes.tsx';

type GroupBy = 'month' | 'owner';

export function ForecastPage() {
  const { t, i18n } = useTranslation();
  const [groupBy, setGroupBy] = useState<GroupBy>('month');
  const [fromMonth, setFromMonth] = useState(() => monthOf(new Date()));
  const [toMonth, setToMonth] = useState(() => addMonths(monthOf(new Date()), 5));
  const [ownerId, setOwnerId] = useState('');
  const ownerName = useOwnerName();
  // Month keys sort as text; a "to" before "from" shows just the first month.
  const range = useMemo(() => {
    const last = [fromMonth, toMonth].sort()[1] ?? fromMonth;
    return monthsToDateRange(fromMonth, last);
  }, [fromMonth, toMonth]);
  const forecast = useForecast({ groupBy, range, ...(ownerId ? { ownerId } : {}) });
  const monthName = useMemo(
    () =>
      new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    [i18n.language],
  );
  const groupName = useCallback(
    (key: string) =>
      groupBy === 'month' ? monthName.format(new Date(`${key}-01T00:00:00Z`)) : ownerName(key),
    [groupBy, monthName, ownerName],
  );
  const empty = forecast.groups.every((group) => group.currencies.length === 0);

  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} w="100%" style={{ overflowY: 'auto' }}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} fz={26}>
            {t('pipeline.forecast.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('pipeline.forecast.subtitle')}
          </Text>
        </div>
        <Button
          component={Link}
          to={paths.pipelineSettings}
          variant="default"
          leftSection={<IconTarget size={16} aria-hidden />}
        >
          {t('pipeline.forecast.editTargets')}
        </Button>
      </Group>
      <Group gap="sm" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="forecast-group-by">
            {t('pipeline.forecast.groupBy')}
          </Text>
          <SegmentedControl
            aria-labelledby="forecast-group-by"
            value={groupBy}
            onChange={(value) => setGroupBy(value === 'owner' ? 'owner' : 'month')}
            data={[
              { value: 'month', label: t('pipeline.forecast.byMonth') },
              { value: 'owner', label: t('pipeline.forecast.byOwner') },
            ]}
          />
        </Stack>
        <TextInput
          type="month"
          label={t('pipeline.forecast.from')}
          value={fromMonth}
          onChange={(event) => event.currentTarget.value && setFromMonth(event.currentTarget.value)}
        />
        <TextInput
          type="month"
          label={t('pipeline.forecast.to')}
          value={toMonth}
          onChange={(event) => event.currentTarget.value && setToMonth(event.currentTarget.value)}
        />
        <OwnerSelect
          label={t('pipeline.forecast.owner')}
          allLabel={t('pipeline.forecast.allOwners')}
          value={ownerId}
          onChange={setOwnerId}
        />
      </Group>
      <Card withBorder radius="lg" padding="md">
        {empty && (
          <Text size="sm" c="dimmed" mb="sm">
            {t('pipeline.forecast.empty')}
          </Text>
        )}
        <ForecastTable
          groupBy={groupBy}
          groups={forecast.groups}
          totals={forecast.totals}
          groupName={groupName}
        />
      </Card>
    </Stack>
  );
}
