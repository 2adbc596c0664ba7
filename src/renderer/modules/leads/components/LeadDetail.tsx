import {
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Lead } from '../../../../shared/domain/lead.ts';
import { formatPhone } from '../../../../shared/text/formatPhone.ts';
import { useEventOptions } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { platform } from '../../../platform/platform.ts';
import { paths } from '../../../routes.tsx';
import { FieldItem } from '../../../ui/FieldItem.tsx';
import { useDeleteLeadWithUndo } from '../hooks/useDeleteLeadWithUndo.ts';
import { leadDisplayName, leadInitials } from '../utils/leadDisplayName.ts';
import { LeadAnswersCard } from './LeadAnswersCard.tsx';
import { LeadConsentCard } from './LeadConsentCard.tsx';
import { LeadEditModal } from './LeadEditModal.tsx';
import { LeadQualificationCard } from './LeadQualificationCard.tsx';
import { LeadRatingBadge } from './LeadRatingBadge.tsx';
import { LeadStatusActions } from './LeadStatusActions.tsx';
import { LeadStatusBadge } from './LeadStatusBadge.tsx';

export type LeadDetailProps = {
  lead: Lead;
  /** More header actions from other features (convert, merge). */
  actions?: ReactNode;
  /** Sections shown below the header (score, activities). */
  children?: ReactNode;
};

/** Everything about one lead, with edit, the workflow's next steps and delete (with undo). */
export function LeadDetail({ lead, actions, children }: LeadDetailProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const eventOptions = useEventOptions();
  const deleteWithUndo = useDeleteLeadWithUndo();
  const [editOpened, edit] = useDisclosure(false);
  const name = leadDisplayName(lead, t);
  const notSet = (
    <Text span c="dimmed" size="sm">
      {t('common.notSet')}
    </Text>
  );
  const eventName = eventOptions.find((event) => event.id === lead.eventId)?.name;
  const subtitle = [lead.title, lead.company].filter(Boolean).join(' · ');

  const handleDelete = async () => {
    if (await deleteWithUndo(lead)) navigate(paths.leads);
  };

  const openExternal = (url: string) => (event: React.MouseEvent) => {
    event.preventDefault();
    void platform.openExternal(url);
  };

  return (
    <Stack gap="lg">
      <Card withBorder radius="lg" padding="xl">
        <Group justify="space-between" align="flex-start" gap="lg">
          <Group gap="lg" wrap="nowrap" align="center">
            <Avatar size={64} radius="xl" color="brand" variant="light" fz={24} aria-hidden>
              {leadInitials(lead)}
            </Avatar>
            <div>
              <Group gap="sm" align="center">
                <Title order={1} fz={26}>
                  {name}
                </Title>
                <LeadStatusBadge status={lead.status} size="md" />
                {lead.rating && (
                  <LeadRatingBadge
                    rating={lead.rating}
                    size="md"
                    label={t('leads.fields.rating')}
                  />
                )}
                {!lead.consent.given && (
                  <Badge color="orange" variant="light" size="md">
                    {t('leads.consent.missingBadge')}
                  </Badge>
                )}
              </Group>
              {subtitle && (
                <Text c="dimmed" mt={4}>
                  {subtitle}
                </Text>
              )}
            </div>
          </Group>
          <Group gap="xs">
            {actions}
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={edit.open}>
              {t('leads.detail.edit')}
            </Button>
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => void handleDelete()}
            >
              {t('leads.detail.delete')}
            </Button>
          </Group>
        </Group>
        <Group mt="lg">
          <LeadStatusActions lead={lead} />
        </Group>
      </Card>

      {children}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder radius="lg" padding="xl">
          <Title order={2} fz="md" mb="md">
            {t('leads.detail.contact')}
          </Title>
          <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
            <FieldItem label={t('leads.fields.email')}>
              {lead.email ? (
                <Anchor
                  href={`mailto:${lead.email}`}
                  onClick={openExternal(`mailto:${lead.email}`)}
                  aria-label={t('leads.detail.sendEmail', { email: lead.email })}
                  size="sm"
                >
                  {lead.email}
                </Anchor>
              ) : (
                notSet
              )}
            </FieldItem>
            <FieldItem label={t('leads.fields.phone')}>
              {lead.phone ? formatPhone(lead.phone, lead.country) : notSet}
            </FieldItem>
            <FieldItem label={t('leads.fields.company')}>{lead.company || notSet}</FieldItem>
            <FieldItem label={t('leads.fields.title')}>{lead.title || notSet}</FieldItem>
          </SimpleGrid>
        </Card>
        <Card withBorder radius="lg" padding="xl">
          <Title order={2} fz="md" mb="md">
            {t('leads.detail.details')}
          </Title>
          <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
            <FieldItem label={t('leads.fields.source')}>
              {t(`leads.sources.${lead.source}`)}
            </FieldItem>
            <FieldItem label={t('leads.fields.event')}>{eventName ?? notSet}</FieldItem>
            <FieldItem label={t('leads.fields.consent')}>
              {lead.consent.given
                ? lead.consent.at
                  ? t('leads.detail.consentGivenAt', { date: format.date(lead.consent.at) })
                  : t('leads.detail.consentGiven')
                : t('leads.detail.consentMissing')}
            </FieldItem>
            <FieldItem label={t('leads.fields.rating')}>
              {lead.rating ? t(`leads.ratings.${lead.rating}`) : notSet}
            </FieldItem>
            <FieldItem label={t('leads.fields.createdAt')}>
              {format.dateTime(lead.createdAt)}
            </FieldItem>
            <FieldItem label={t('leads.fields.updatedAt')}>
              {format.dateTime(lead.updatedAt)}
            </FieldItem>
            {lead.status === 'disqualified' && lead.disqualifyReason && (
              <FieldItem label={t('leads.fields.disqualifyReason')}>
                {lead.disqualifyReason}
              </FieldItem>
            )}
          </SimpleGrid>
        </Card>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <LeadQualificationCard lead={lead} />
        <LeadConsentCard consent={lead.consent} />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <LeadAnswersCard lead={lead} />
        <Card withBorder radius="lg" padding="xl">
          <Title order={2} fz="md" mb="md">
            {t('leads.detail.notes')}
          </Title>
          {lead.notes ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {lead.notes}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('leads.detail.noNotes')}
            </Text>
          )}
        </Card>
      </SimpleGrid>

      <LeadEditModal lead={lead} opened={editOpened} onClose={edit.close} />
    </Stack>
  );
}
