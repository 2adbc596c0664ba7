import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatPhone } from '../../shared/text/formatPhone.ts';
import { useAccount, useContact, useCurrentUser } from '../data/index.ts';
import { ActivityPanel } from '../modules/activities/components/ActivityPanel.tsx';
import { ContactEditModal } from '../modules/contacts/components/ContactEditModal.tsx';
import { contactDisplayName } from '../modules/contacts/utils/contactDisplayName.ts';
import { ContactTicketsSection } from '../modules/tickets/components/TicketsSection.tsx';
import { paths } from '../routes.tsx';
import { DetailFrame } from '../ui/DetailFrame.tsx';
import { FieldItem } from '../ui/FieldItem.tsx';

export function ContactDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { contact, loading } = useContact(id);
  const { account } = useAccount(contact?.accountId ?? '');
  const notSet = t('common.notSet');
  const [editing, setEditing] = useState(false);
  // Finance reads contacts; reps, managers and admins keep them current.
  const canEdit = useCurrentUser().role !== 'finance';

  return (
    <DetailFrame
      backTo={paths.contacts}
      backLabel={t('pipeline.contacts.back')}
      loading={loading}
      loadingLabel={t('app.loading')}
      found={contact !== undefined}
      notFoundText={t('pipeline.contacts.notFound')}
    >
      {contact && (
        <Stack gap="lg">
          <Card withBorder radius="lg" padding="xl">
            <Group justify="space-between" align="flex-start">
              <Group gap="sm">
                <Title order={1} fz={26}>
                  {contactDisplayName(contact, t)}
                </Title>
                {contact.isPrimary && (
                  <Badge variant="light">{t('pipeline.contacts.primary')}</Badge>
                )}
              </Group>
              {canEdit && account && (
                <Button
                  variant="default"
                  leftSection={<IconPencil size={16} />}
                  onClick={() => setEditing(true)}
                >
                  {t('pipeline.contacts.edit')}
                </Button>
              )}
            </Group>
            <Text c="dimmed" mt={4}>
              {[contact.title, account?.name].filter(Boolean).join(' · ')}
            </Text>
            <SimpleGrid cols={{ base: 2, md: 4 }} mt="lg">
              <FieldItem label={t('pipeline.contacts.columns.account')}>
                <Anchor component={Link} to={paths.account(contact.accountId)} size="sm">
                  {account?.name ?? notSet}
                </Anchor>
              </FieldItem>
              <FieldItem label={t('leads.fields.email')}>{contact.email || notSet}</FieldItem>
              <FieldItem label={t('leads.fields.phone')}>
                {contact.phone ? formatPhone(contact.phone, account?.country) : notSet}
              </FieldItem>
              <FieldItem label={t('pipeline.contacts.mobile')}>
                {contact.mobile ? formatPhone(contact.mobile, account?.country) : notSet}
              </FieldItem>
              <FieldItem label={t('leads.fields.consent')}>
                {contact.consent.given
                  ? t('leads.detail.consentGiven')
                  : t('leads.detail.consentMissing')}
              </FieldItem>
              <FieldItem label={t('leads.fields.notes')}>{contact.notes || notSet}</FieldItem>
            </SimpleGrid>
          </Card>
          {account && (
            <ContactEditModal
              account={account}
              contact={contact}
              opened={editing}
              onClose={() => setEditing(false)}
            />
          )}
          <ContactTicketsSection
            contactId={contact.id}
            accountId={contact.accountId}
            name={contactDisplayName(contact, t)}
          />
          <ActivityPanel related={{ collection: 'contacts', id: contact.id }} />
        </Stack>
      )}
    </DetailFrame>
  );
}
