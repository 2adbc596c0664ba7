import { Card, Center, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { invoiceStatuses } from '../../shared/domain/invoice.ts';
import { type InvoiceFilter, useAccountNames, useInvoices } from '../data/index.ts';
import { InvoiceExportButton } from '../modules/invoices/components/InvoiceExportButton.tsx';
import { InvoiceTable } from '../modules/invoices/components/InvoiceTable.tsx';

const filters: readonly InvoiceFilter[] = ['all', 'open', ...invoiceStatuses];

function isFilter(value: string | null): value is InvoiceFilter {
  return filters.some((filter) => filter === value);
}

/** Every invoice this user may see, filtered by status (kept in the URL: `?status=overdue`). */
export function InvoicesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const filter: InvoiceFilter = isFilter(raw) ? raw : 'all';
  const { rows, loading } = useInvoices({ filter });
  const accountNames = useAccountNames();
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            {t('invoices.list.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('invoices.list.subtitle')}
          </Text>
        </div>
        <Group align="flex-end">
          <Select
            label={t('invoices.list.filter')}
            data={filters.map((value) => ({
              value,
              label: t(`invoices.list.filters.${value === 'overdue' ? 'overdue' : value}`),
            }))}
            value={filter}
            onChange={(value) => setParams(value && value !== 'all' ? { status: value } : {})}
            allowDeselect={false}
            w={200}
          />
          <InvoiceExportButton rows={rows} accountNames={accountNames} />
        </Group>
      </Group>
      <Card withBorder radius="lg" padding="md">
        {loading && rows.length === 0 ? (
          <Center py="xl">
            <Loader aria-label={t('app.loading')} />
          </Center>
        ) : rows.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" ta="center">
            {t('invoices.list.empty')}
          </Text>
        ) : (
          <InvoiceTable rows={rows} label={t('invoices.list.title')} />
        )}
      </Card>
    </Stack>
  );
}
