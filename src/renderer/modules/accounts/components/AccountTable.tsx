import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account } from '../../../../shared/domain/account.ts';
import { placeName } from '../../../../shared/domain/addressLines.ts';
import { formatPhone } from '../../../../shared/text/formatPhone.ts';
import { industryLabel } from '../../../i18n/industryLabels.ts';
import { paths } from '../../../routes.tsx';

/** Accounts with their industry, location, website and phone; the name opens the account. */
export function AccountTable({ rows }: { rows: Account[] }) {
  const { t, i18n } = useTranslation();
  const notSet = (
    <Text span c="dimmed" size="sm">
      {t('common.notSet')}
    </Text>
  );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('pipeline.accounts.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('pipeline.accounts.columns.name')}</Table.Th>
            <Table.Th>{t('pipeline.accounts.columns.industry')}</Table.Th>
            <Table.Th>{t('pipeline.accounts.columns.location')}</Table.Th>
            <Table.Th>{t('pipeline.accounts.columns.website')}</Table.Th>
            <Table.Th>{t('pipeline.accounts.columns.phone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((account) => (
            <Table.Tr key={account.id}>
              <Table.Td>
                <Anchor component={Link} to={paths.account(account.id)} fw={600} size="sm">
                  {account.name}
                </Anchor>
              </Table.Td>
              <Table.Td fz="sm">
                {account.industry ? industryLabel(account.industry, t) : notSet}
              </Table.Td>
              <Table.Td fz="sm">
                {placeName(
                  {
                    city: account.address?.city,
                    country: account.country ?? account.address?.country,
                  },
                  i18n.language,
                ) || notSet}
              </Table.Td>
              <Table.Td fz="sm">{account.website || notSet}</Table.Td>
              <Table.Td fz="sm">
                {account.phone ? formatPhone(account.phone, account.country) : notSet}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
