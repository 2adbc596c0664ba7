import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatPhone } from '../../shared/text/formatPhone.ts';
import { useAccount, useContact } from '../data/index.ts';
import { ActivityPanel } from '../modules/activities/components/ActivityPanel.tsx';
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
            <Group gap="sm">
              <Title order={1} fz={26}>
                {contactDisplayName(contact, t)}
              </Title>
              {contact.isPrimary && <Badge variant="light">{t('pipeline.contacts.primary')}</Badge>}
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
                {contact.phone ? formatPhone(contact.phone) : notSet}
              </FieldItem>
              <FieldItem label={t('leads.fields.consent')}>
                {contact.consent.given
                  ? t('leads.detail.consentGiven')
                  : t('leads.detail.consentMissing')}
              </FieldItem>
            </SimpleGrid>
          </Card>
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
