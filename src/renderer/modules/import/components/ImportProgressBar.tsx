import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../data/import/importTypes.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';

/** How far planning or writing has got, as a bar with words. */
export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const value = progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);
  return (
    <Stack gap={4}>
      <Progress
        value={value}
        animated
        aria-label={t('import.progress.label')}
        role="progressbar"
        aria-valuenow={value}
        aria-valuemin={0}
        aria-valuemax={100}
      />
      <Text size="sm" c="dimmed">
        {t(`import.progress.${progress.phase}`, {
          done: format.number(progress.done),
          total: format.number(progress.total),
        })}
      </Text>
    </Stack>
  );
}
