import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Contact } from '../../../../shared/domain/contact.ts';
import { formatPhone } from '../../../../shared/text/formatPhone.ts';
import { paths } from '../../../routes.tsx';
import { contactDisplayName } from '../utils/contactDisplayName.ts';

export type ContactTableProps = {
  rows: Contact[];
  /** Account names by id; the account column is left out when absent (an account's own page). */
  accountNames?: ReadonlyMap<string, string>;
};

/** Contacts with their title, account, email and phone; the name opens the contact. */
export function ContactTable({ rows, accountNames }: ContactTableProps) {
  const { t } = useTranslation();
  const notSet = (
    <Text span c="dimmed" size="sm">
      {t('common.notSet')}
    </Text>
  );
  return (
    // On an account's page (no account column) the table fits its half-width card and wraps.
    <Table.ScrollContainer minWidth={accountNames ? 640 : 400}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('pipeline.contacts.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('pipeline.contacts.columns.name')}</Table.Th>
            <Table.Th>{t('pipeline.contacts.columns.title')}</Table.Th>
            {accountNames && <Table.Th>{t('pipeline.contacts.columns.account')}</Table.Th>}
            <Table.Th>{t('pipeline.contacts.columns.email')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>
              {t('pipeline.contacts.columns.phone')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((contact) => (
            <Table.Tr key={contact.id}>
              <Table.Td>
                {/* The badge under the name: beside it, it squeezed the name into two lines. */}
                <Stack gap={2} align="flex-start">
                  <Anchor component={Link} to={paths.contact(contact.id)} fw={600} size="sm">
                    {contactDisplayName(contact, t)}
                  </Anchor>
                  {contact.isPrimary && (
                    <Badge size="xs" variant="light">
                      {t('pipeline.contacts.primary')}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td fz="sm">{contact.title || notSet}</Table.Td>
              {accountNames && (
                <Table.Td fz="sm">
                  <Anchor component={Link} to={paths.account(contact.accountId)} size="sm">
                    {accountNames.get(contact.accountId) ?? t('common.notSet')}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td fz="sm">{contact.email || notSet}</Table.Td>
              <Table.Td fz="sm">{contact.phone ? formatPhone(contact.phone) : notSet}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
