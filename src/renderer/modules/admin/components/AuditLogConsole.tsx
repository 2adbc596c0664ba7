import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AuditAction,
  type AuditQuery,
  auditActions,
} from '../../../../shared/audit/auditEntry.ts';
import { type CollectionName, collectionNames } from '../../../../shared/domain/collections.ts';
import type { AdminApi } from '../../../data/admin/adminApi.ts';
import { downloadTextFile } from '../../sync/utils/downloadTextFile.ts';
import { useAdminQuery } from '../hooks/useAdminQuery.ts';
import { adminErrorText } from '../utils/adminErrorText.ts';
import { AuditLogTable } from './AuditLogTable.tsx';

type Filters = {
  collection: CollectionName | null;
  recordId: string;
  actorId: string | null;
  action: AuditAction | null;
  from: string;
  to: string;
};
const noFilters: Filters = {
  collection: null,
  recordId: '',
  actorId: null,
  action: null,
  from: '',
  to: '',
};
const pageSize = 50;

function toQuery(filters: Filters): Partial<AuditQuery> {
  return {
    ...(filters.collection ? { collection: filters.collection } : {}),
    ...(filters.recordId.trim() ? { recordId: filters.recordId.trim() } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    // Whole days: from the start of `from` to the end of `to` (UTC, as the server stores times).
    ...(filters.from ? { from: `${filters.from}T00:00:00.000Z` } : {}),
    ...(filters.to ? { to: `${filters.to}T23:59:59.999Z` } : {}),
  };
}

/** The audit log for admins: filters, paging backwards through time, and a CSV export. */
export function AuditLogConsole({ api }: { api: AdminApi }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>(noFilters);
  // The cursors of the pages before the current one, to go back to newer entries.
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string>();
  const users = useAdminQuery('auditUsers', () => api.listUsers());
  const query = toQuery(filters);
  const before = cursors.at(-1);
  const page = useAdminQuery(`audit:${JSON.stringify(query)}:${before ?? ''}`, () =>
    api.queryAudit({ ...query, ...(before ? { before } : {}), limit: pageSize }),
  );
  const update = (patch: Partial<Filters>) => {
    setFilters({ ...filters, ...patch });
    setCursors([undefined]);
  };
  const handleExport = async () => {
    setExporting(true);
    setExportError(undefined);
    try {
      const csv = await api.exportAuditCsv(query);
      // A byte-order mark lets spreadsheet apps read Chinese names as UTF-8.
      const text = csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`;
      downloadTextFile({
        name: `fieldbook-audit-${new Date().toISOString().slice(0, 10)}.csv`,
        text,
        type: 'text/csv;charset=utf-8',
      });
    } catch (error) {
      setExportError(adminErrorText(error, t));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1400} w="100%" style={{ overflowY: 'auto' }}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            {t('admin.audit.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('admin.audit.subtitle')}
          </Text>
        </div>
        <Button
          variant="light"
          leftSection={<IconDownload size={16} />}
          loading={exporting}
          onClick={() => void handleExport()}
        >
          {t('admin.audit.export')}
        </Button>
      </Group>
      {exportError && (
        <Alert color="red" variant="light" role="alert">
          {exportError}
        </Alert>
      )}
      <Card
        withBorder
        radius="lg"
        padding="md"
        component="form"
        aria-label={t('admin.audit.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }} spacing="sm">
          <Select
            label={t('admin.audit.collection')}
            data={collectionNames.map((value) => ({
              value,
              label: t(`admin.audit.collections.${value}`),
            }))}
            value={filters.collection}
            clearable
            placeholder={t('admin.audit.any')}
            onChange={(value) =>
              update({ collection: collectionNames.find((name) => name === value) ?? null })
            }
          />
          <TextInput
            label={t('admin.audit.recordId')}
            value={filters.recordId}
            onChange={(e) => update({ recordId: e.currentTarget.value })}
          />
          <Select
            label={t('admin.audit.actor')}
            data={(users.value ?? []).map((user) => ({ value: user.id, label: user.name }))}
            value={filters.actorId}
            clearable
            searchable
            placeholder={t('admin.audit.anyone')}
            onChange={(value) => update({ actorId: value })}
          />
          <Select
            label={t('admin.audit.action')}
            data={auditActions.map((value) => ({
              value,
              label: t(`admin.audit.actions.${value}`),
            }))}
            value={filters.action}
            clearable
            placeholder={t('admin.audit.any')}
            onChange={(value) =>
              update({ action: auditActions.find((action) => action === value) ?? null })
            }
          />
          <TextInput
            type="date"
            label={t('admin.audit.from')}
            value={filters.from}
            onChange={(e) => update({ from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('admin.audit.to')}
            value={filters.to}
            onChange={(e) => update({ to: e.currentTarget.value })}
          />
        </SimpleGrid>
      </Card>
      <Card withBorder radius="lg" padding="md">
        {page.loading && <Loader aria-label={t('admin.common.loading')} />}
        {page.error !== undefined && (
          <Alert color="red" variant="light" role="alert">
            {adminErrorText(page.error, t)}
          </Alert>
        )}
        {page.value && page.value.entries.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {t('admin.audit.empty')}
          </Text>
        )}
        {page.value && page.value.entries.length > 0 && (
          <AuditLogTable entries={page.value.entries} />
        )}
        <Group justify="space-between" mt="sm">
          <Button
            variant="default"
            size="xs"
            disabled={cursors.length <= 1}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            {t('admin.audit.newer')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('admin.audit.page', { page: cursors.length })}
          </Text>
          <Button
            variant="default"
            size="xs"
            disabled={!page.value?.nextBefore}
            onClick={() => setCursors([...cursors, page.value?.nextBefore])}
          >
            {t('admin.audit.older')}
          </Button>
        </Group>
      </Card>
    </Stack>
  );
}
