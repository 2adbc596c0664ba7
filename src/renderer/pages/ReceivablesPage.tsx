import { Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useInvoiceToday, useReceivables } from '../data/index.ts';
import { useFormatters } from '../i18n/useFormatters.ts';
import { AgingTable } from '../modules/invoices/components/AgingTable.tsx';
import { ReceivablesExportButton } from '../modules/invoices/components/ReceivablesExportButton.tsx';

/** AR aging by customer (Current, 1–30, 31–60, 61–90, 90+ days overdue) with dunning. */
export function ReceivablesPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const today = useInvoiceToday();
  const { rows, loading } = useReceivables();
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1400} w="100%" style={{ overflowY: 'auto' }}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            {t('invoices.receivables.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('invoices.receivables.subtitle', { date: format.date(today) })}
          </Text>
        </div>
        <ReceivablesExportButton rows={rows} />
      </Group>
      <Card withBorder radius="lg" padding="md">
        {loading && rows.length === 0 ? (
          <Center py="xl">
            <Loader aria-label={t('app.loading')} />
          </Center>
        ) : rows.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" ta="center">
            {t('invoices.receivables.empty')}
          </Text>
        ) : (
          <AgingTable rows={rows} />
        )}
      </Card>
    </Stack>
  );
}
