import { Button, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountList, useCurrentUser } from '../data/index.ts';
import { AccountEditModal } from '../modules/accounts/components/AccountEditModal.tsx';
import { AccountTable } from '../modules/accounts/components/AccountTable.tsx';
import { AccountExportButton } from '../modules/export/components/RecordExportButtons.tsx';
import { ListPage } from '../ui/ListPage.tsx';

export function AccountsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  // Finance reads accounts and sets their credit terms; it does not create them.
  const canCreate = useCurrentUser().role !== 'finance';
  const { rows, loading } = useAccountList({ search });
  const emptyText =
    rows.length > 0
      ? undefined
      : search.trim()
        ? t('pipeline.accounts.noResults')
        : t('pipeline.accounts.empty');
  return (
    <ListPage
      title={t('pipeline.accounts.title')}
      subtitle={t('pipeline.accounts.subtitle')}
      searchLabel={t('pipeline.accounts.search')}
      searchPlaceholder={t('pipeline.accounts.searchPlaceholder')}
      search={search}
      onSearchChange={setSearch}
      loading={loading}
      loadingLabel={t('app.loading')}
      emptyText={emptyText}
      actions={
        <Group gap="xs">
          <AccountExportButton rows={rows} />
          {canCreate && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('pipeline.accounts.new')}
            </Button>
          )}
        </Group>
      }
    >
      <AccountTable rows={rows} />
      <AccountEditModal opened={creating} onClose={() => setCreating(false)} />
    </ListPage>
  );
}
