import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../routes.tsx';

/**
 * A customer's name in a list, opening its account; "not set" while the account is unknown on
 * this device (not synced yet, or not visible to this user). Lists pass the name from their one
 * `useAccountNames` map.
 */
export function AccountNameLink({ accountId, name }: { accountId: string; name?: string }) {
  const { t } = useTranslation();
  if (name === undefined) return <>{t('common.notSet')}</>;
  return (
    <Anchor component={Link} to={paths.account(accountId)} size="sm">
      {name}
    </Anchor>
  );
}
