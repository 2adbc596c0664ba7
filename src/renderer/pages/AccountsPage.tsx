import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountList } from '../data/index.ts';
import { AccountTable } from '../modules/accounts/components/AccountTable.tsx';
import { AccountExportButton } from '../modules/export/components/RecordExportButtons.tsx';
import { ListPage } from '../ui/ListPage.tsx';

export function AccountsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
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
      actions={<AccountExportButton rows={rows} />}
    >
      <AccountTable rows={rows} />
    </ListPage>
  );
}
