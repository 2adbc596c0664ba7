import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Opportunity } from '../../shared/domain/opportunity.ts';
import { forecastCategoryOf } from '../../shared/pipeline/forecastCategoryOf.ts';
import { formatPersonName } from '../../shared/text/formatPersonName.ts';
import { useAccount, useContactList, useOpportunity } from '../data/index.ts';
import { useFormatters } from '../i18n/useFormatters.ts';
import { ActivityPanel } from '../modules/activities/components/ActivityPanel.tsx';
import type { RolledUpRecord } from '../modules/activities/components/ActivityTimeline.tsx';
import { RecordHistory } from '../modules/admin/components/RecordHistory.tsx';
import { OpportunityEditModal } from '../modules/opportunities/components/OpportunityEditModal.tsx';
import { StageHistoryTable } from '../modules/opportunities/components/StageHistoryTable.tsx';
import { StageMenu } from '../modules/opportunities/components/StageMenu.tsx';
import { useStageMove } from '../modules/opportunities/hooks/useStageMove.tsx';
import { useStageName } from '../modules/opportunities/hooks/useStageName.ts';
import { useMoneyFormat } from '../modules/pipeline/hooks/useMoneyFormat.ts';
import { useOwnerName } from '../modules/pipeline/hooks/useOwnerName.ts';
import { RelatedQuotes } from '../modules/quotes/components/RelatedQuotes.tsx';
import { paths } from '../routes.tsx';
import { DetailFrame } from '../ui/DetailFrame.tsx';
import { FieldItem } from '../ui/FieldItem.tsx';
import { SectionCard } from '../ui/SectionCard.tsx';

/**
 * The deal's timeline with its contacts' activity rolled in: a converted lead's calls moved to
 * its contact, and the rep opening the deal should still see them.
 */
function DealActivityPanel({ opportunity }: { opportunity: Opportunity }) {
  const contacts = useContactList({ accountId: opportunity.accountId });
  const rolledUp: RolledUpRecord[] = contacts.rows
    .filter((contact) => opportunity.contactIds.includes(contact.id))
    .map((contact) => ({
      collection: 'contacts',
      id: contact.id,
      label: formatPersonName(contact),
      to: paths.contact(contact.id),
    }));
  return (
    <ActivityPanel
      related={{ collection: 'opportunities', id: opportunity.id }}
      rolledUp={rolledUp}
    />
  );
}

export function OpportunityDetailPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const formatMoney = useMoneyFormat();
  const ownerName = useOwnerName();
  const { id = '' } = useParams();
  const { opportunity, loading } = useOpportunity(id);
  const { account } = useAccount(opportunity?.accountId ?? '');
  const { move, dialog } = useStageMove();
  const [editOpened, edit] = useDisclosure(false);
  const stageName = useStageName();
  const notSet = t('common.notSet');

  return (
    <DetailFrame
      backTo={paths.pipeline}
      backLabel={t('pipeline.opportunities.back')}
      loading={loading}
      loadingLabel={t('app.loading')}
      found={opportunity !== undefined}
      notFoundText={t('pipeline.opportunities.notFound')}
    >
      {opportunity && (
        <Stack gap="lg">
          <Card withBorder radius="lg" padding="xl">
            <Group justify="space-between" align="flex-start">
              <Group gap="sm">
                <Title order={1} fz={26}>
                  {opportunity.name}
                </Title>
                <Badge variant="light" size="lg">
                  {stageName(opportunity.stage)}
                </Badge>
              </Group>
              <Group gap="xs">
                <Button
                  variant="default"
                  leftSection={<IconPencil size={16} aria-hidden />}
                  onClick={edit.open}
                >
                  {t('pipeline.opportunities.edit')}
                </Button>
                <StageMenu
                  stage={opportunity.stage}
                  label={t('pipeline.opportunities.moveTo')}
                  stageName={stageName}
                  onMove={(to) => void move(opportunity, to)}
                />
              </Group>
            </Group>
            <SimpleGrid cols={{ base: 2, md: 4 }} mt="lg" verticalSpacing="md">
              <FieldItem label={t('pipeline.opportunities.account')}>
                <Anchor component={Link} to={paths.account(opportunity.accountId)} size="sm">
                  {account?.name ?? notSet}
                </Anchor>
              </FieldItem>
              <FieldItem label={t('pipeline.opportunities.amount')}>
                {formatMoney(opportunity.amount)}
              </FieldItem>
              <FieldItem label={t('pipeline.opportunities.probability')}>
                {t('pipeline.opportunities.probabilityValue', { value: opportunity.probability })}
              </FieldItem>
              <FieldItem label={t('pipeline.opportunities.closeDate')}>
                {format.date(opportunity.expectedCloseDate)}
              </FieldItem>
              <FieldItem label={t('pipeline.opportunities.owner')}>
                {ownerName(opportunity.ownerId)}
              </FieldItem>
              <FieldItem label={t('pipeline.opportunities.forecastCategory')}>
                {t(`pipeline.categories.${forecastCategoryOf(opportunity)}`)}
              </FieldItem>
              <FieldItem label={t('pipeline.opportunities.nextStep')}>
                {opportunity.nextStep || notSet}
              </FieldItem>
              {opportunity.lostReason && (
                <FieldItem label={t('pipeline.opportunities.lostReason')}>
                  {opportunity.lostReason}
                </FieldItem>
              )}
            </SimpleGrid>
            {opportunity.description && (
              <Text size="sm" mt="lg" style={{ whiteSpace: 'pre-wrap' }}>
                {opportunity.description}
              </Text>
            )}
          </Card>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
            <SectionCard title={t('pipeline.opportunities.history')}>
              <StageHistoryTable history={opportunity.stageHistory ?? []} ownerName={ownerName} />
            </SectionCard>
            <DealActivityPanel opportunity={opportunity} />
          </SimpleGrid>
          <RelatedQuotes
            accountId={opportunity.accountId}
            opportunityId={opportunity.id}
            currency={opportunity.amount.currency}
          />
          <RecordHistory collection="opportunities" recordId={opportunity.id} />
          {dialog}
          <OpportunityEditModal
            opportunity={opportunity}
            opened={editOpened}
            onClose={edit.close}
          />
        </Stack>
      )}
    </DetailFrame>
  );
}
