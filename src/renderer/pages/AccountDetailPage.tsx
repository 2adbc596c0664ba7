import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCreditCard, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { canSetCreditTerms } from '../../shared/billing/creditTerms.ts';
import { addressLine } from '../../shared/domain/addressLines.ts';
import { formatMoney } from '../../shared/money/formatMoney.ts';
import { formatPersonName } from '../../shared/text/formatPersonName.ts';
import { formatPhone } from '../../shared/text/formatPhone.ts';
import {
  useAccount,
  useContactList,
  useCreditHold,
  useCurrentUser,
  useOpportunities,
} from '../data/index.ts';
import { industryLabel } from '../i18n/industryLabels.ts';
import { AccountEditModal } from '../modules/accounts/components/AccountEditModal.tsx';
import { CreditHoldAlert } from '../modules/accounts/components/CreditHoldAlert.tsx';
import { CreditTermsModal } from '../modules/accounts/components/CreditTermsModal.tsx';
import { ActivityPanel } from '../modules/activities/components/ActivityPanel.tsx';
import type { RolledUpRecord } from '../modules/activities/components/ActivityTimeline.tsx';
import { RecordHistory } from '../modules/admin/components/RecordHistory.tsx';
import { NegotiatedPricesSection } from '../modules/catalog/components/NegotiatedPricesSection.tsx';
import { ContactEditModal } from '../modules/contacts/components/ContactEditModal.tsx';
import { ContactTable } from '../modules/contacts/components/ContactTable.tsx';
import { AccountInvoicesSection } from '../modules/invoices/components/AccountInvoicesSection.tsx';
import { OpportunityTable } from '../modules/opportunities/components/OpportunityTable.tsx';
import { AccountOrders } from '../modules/orders/components/AccountOrders.tsx';
import { RelatedQuotes } from '../modules/quotes/components/RelatedQuotes.tsx';
import { AccountTicketsSection } from '../modules/tickets/components/TicketsSection.tsx';
import { paths } from '../routes.tsx';
import { DetailFrame } from '../ui/DetailFrame.tsx';
import { FieldItem } from '../ui/FieldItem.tsx';
import { SectionCard } from '../ui/SectionCard.tsx';

export function AccountDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { role } = useCurrentUser();
  const [editing, setEditing] = useState<'account' | 'credit' | 'contact'>();
  const { account, loading } = useAccount(id);
  const hold = useCreditHold(account);
  const contacts = useContactList({ accountId: id });
  const opportunities = useOpportunities({ accountId: id });
  const notSet = t('common.notSet');
  // The account's timeline is the whole relationship: what was logged on its contacts and deals.
  const rolledUp: RolledUpRecord[] = [
    ...contacts.rows.map((contact) => ({
      collection: 'contacts' as const,
      id: contact.id,
      label: formatPersonName(contact),
      to: paths.contact(contact.id),
    })),
    ...opportunities.rows.map((opportunity) => ({
      collection: 'opportunities' as const,
      id: opportunity.id,
      label: opportunity.name,
      to: paths.opportunity(opportunity.id),
    })),
  ];

  return (
    <DetailFrame
      backTo={paths.accounts}
      backLabel={t('pipeline.accounts.back')}
      loading={loading}
      loadingLabel={t('app.loading')}
      found={account !== undefined}
      notFoundText={t('pipeline.accounts.notFound')}
    >
      {account && (
        <Stack gap="lg">
          <Card withBorder radius="lg" padding="xl">
            <Group justify="space-between" align="flex-start">
              <div>
                <Group gap="sm">
                  <Title order={1} fz={26}>
                    {account.name}
                  </Title>
                  {hold?.onHold && (
                    <Badge color="red" variant="light">
                      {t('pipeline.accounts.credit.onHold')}
                    </Badge>
                  )}
                </Group>
                {account.industry && (
                  <Text c="dimmed" mt={4}>
                    {industryLabel(account.industry, t)}
                  </Text>
                )}
              </div>
              <Group gap="xs">
                {canSetCreditTerms(role) && (
                  <Button
                    variant="default"
                    leftSection={<IconCreditCard size={16} />}
                    onClick={() => setEditing('credit')}
                  >
                    {t('pipeline.accounts.credit.open')}
                  </Button>
                )}
                {role !== 'finance' && (
                  <Button
                    variant="default"
                    leftSection={<IconPencil size={16} />}
                    onClick={() => setEditing('account')}
                  >
                    {t('pipeline.accounts.edit')}
                  </Button>
                )}
              </Group>
            </Group>
            <SimpleGrid cols={{ base: 2, md: 4 }} mt="lg">
              <FieldItem label={t('pipeline.accounts.fields.address')}>
                {account.address ? addressLine(account.address, i18n.language) : notSet}
              </FieldItem>
              <FieldItem label={t('pipeline.accounts.columns.phone')}>
                {account.phone ? formatPhone(account.phone, account.country) : notSet}
              </FieldItem>
              <FieldItem label={t('leads.fields.email')}>{account.email || notSet}</FieldItem>
              <FieldItem label={t('pipeline.accounts.columns.website')}>
                {account.website || notSet}
              </FieldItem>
              <FieldItem label={t('pipeline.accounts.fields.taxId')}>
                {account.taxId || notSet}
              </FieldItem>
              <FieldItem label={t('pipeline.accounts.credit.paymentTerms')}>
                {account.paymentTermsDays === undefined
                  ? notSet
                  : t('pipeline.accounts.credit.days', { count: account.paymentTermsDays })}
              </FieldItem>
              <FieldItem label={t('pipeline.accounts.credit.limit')}>
                {account.creditLimit ? formatMoney(account.creditLimit, i18n.language) : notSet}
              </FieldItem>
              <FieldItem label={t('leads.fields.notes')}>{account.notes || notSet}</FieldItem>
            </SimpleGrid>
            {hold?.onHold && <CreditHoldAlert account={account} hold={hold} />}
          </Card>
          <AccountEditModal
            account={account}
            opened={editing === 'account'}
            onClose={() => setEditing(undefined)}
          />
          <ContactEditModal
            account={account}
            opened={editing === 'contact'}
            onClose={() => setEditing(undefined)}
          />
          <CreditTermsModal
            account={account}
            opened={editing === 'credit'}
            onClose={() => setEditing(undefined)}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
            <Stack gap="lg">
              <SectionCard
                title={t('pipeline.accounts.contacts')}
                actions={
                  role !== 'finance' && (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      leftSection={<IconPlus size={14} />}
                      onClick={() => setEditing('contact')}
                    >
                      {t('pipeline.contacts.add')}
                    </Button>
                  )
                }
              >
                {contacts.rows.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('pipeline.accounts.noContacts')}
                  </Text>
                ) : (
                  <ContactTable rows={contacts.rows} />
                )}
              </SectionCard>
              <SectionCard title={t('pipeline.accounts.opportunities')}>
                {opportunities.rows.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('pipeline.accounts.noOpportunities')}
                  </Text>
                ) : (
                  <OpportunityTable rows={opportunities.rows} />
                )}
              </SectionCard>
              <NegotiatedPricesSection account={account} />
            </Stack>
            <ActivityPanel
              related={{ collection: 'accounts', id: account.id }}
              rolledUp={rolledUp}
            />
          </SimpleGrid>
          {/* The customer's documents are tables: full width, so a laptop shows every column. */}
          <RelatedQuotes
            accountId={account.id}
            currency={opportunities.rows[0]?.amount.currency ?? 'CNY'}
          />
          <AccountOrders accountId={account.id} />
          <AccountInvoicesSection accountId={account.id} />
          <AccountTicketsSection accountId={account.id} />
          <RecordHistory collection="accounts" recordId={account.id} />
        </Stack>
      )}
    </DetailFrame>
  );
}
