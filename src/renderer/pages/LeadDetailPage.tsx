import {
  Anchor,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  SimpleGrid,
  Stack,
} from '@mantine/core';
import { IconArrowLeft, IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLead } from '../data/index.ts';
import { ActivityPanel } from '../modules/activities/components/ActivityPanel.tsx';
import { RecordHistory } from '../modules/admin/components/RecordHistory.tsx';
import { LeadOriginCard } from '../modules/intake/components/LeadOriginCard.tsx';
import { LeadDetail } from '../modules/leads/components/LeadDetail.tsx';
import { ConvertedLinks } from '../modules/qualification/components/ConvertedLinks.tsx';
import { LeadQualificationActions } from '../modules/qualification/components/LeadQualificationActions.tsx';
import { LeadScoreCard } from '../modules/qualification/components/LeadScoreCard.tsx';
import { paths } from '../routes.tsx';

export function LeadDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { lead, loading } = useLead(id);

  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1100} w="100%" style={{ overflowY: 'auto' }}>
      <Group>
        <Anchor component={Link} to={paths.leads} size="sm" c="dimmed">
          <Group gap={4}>
            <IconArrowLeft size={16} aria-hidden />
            {t('leads.detail.back')}
          </Group>
        </Anchor>
      </Group>
      {loading ? (
        <Center py="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : lead ? (
        <LeadDetail lead={lead} actions={<LeadQualificationActions lead={lead} />}>
          <ConvertedLinks lead={lead} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
            <LeadScoreCard leadId={lead.id} />
            <ActivityPanel related={{ collection: 'leads', id: lead.id }} />
            <LeadOriginCard lead={lead} />
          </SimpleGrid>
          <RecordHistory collection="leads" recordId={lead.id} />
        </LeadDetail>
      ) : (
        <Center py="xl">
          <EmptyState icon={<IconUserQuestion size={28} stroke={1.5} />} withIndicatorBackground>
            <EmptyState.Title order={2}>{t('leads.detail.notFound')}</EmptyState.Title>
            <EmptyState.Actions>
              <Button component={Link} to={paths.leads} variant="default">
                {t('leads.detail.back')}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Center>
      )}
    </Stack>
  );
}
