import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountNames, useContactList } from '../data/index.ts';
import { ContactTable } from '../modules/contacts/components/ContactTable.tsx';
import { ContactExportButton } from '../modules/export/components/RecordExportButtons.tsx';
import { ListPage } from '../ui/ListPage.tsx';

export function ContactsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { rows, loading } = useContactList({ search });
  const accountNames = useAccountNames();
  const emptyText =
    rows.length > 0
      ? undefined
      : search.trim()
        ? t('pipeline.contacts.noResults')
        : t('pipeline.contacts.empty');
  return (
    <ListPage
      title={t('pipeline.contacts.title')}
      subtitle={t('pipeline.contacts.subtitle')}
      searchLabel={t('pipeline.contacts.search')}
      searchPlaceholder={t('pipeline.contacts.searchPlaceholder')}
      search={search}
      onSearchChange={setSearch}
      loading={loading}
      loadingLabel={t('app.loading')}
      emptyText={emptyText}
      actions={<ContactExportButton rows={rows} accountNames={accountNames} />}
    >
      <ContactTable rows={rows} accountNames={accountNames} />
    </ListPage>
  );
}
