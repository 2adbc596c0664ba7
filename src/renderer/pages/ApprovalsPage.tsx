import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePendingApprovals } from '../data/index.ts';
import { ApprovalList } from '../modules/quotes/components/ApprovalList.tsx';

export function ApprovalsPage() {
  const { t } = useTranslation();
  const rows = usePendingApprovals();
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <div>
        <Title order={1} fz={26}>
          {t('quotes.approvals.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('quotes.approvals.subtitle')}
        </Text>
      </div>
      <Card withBorder radius="lg" padding="md">
        <ApprovalList rows={rows} />
      </Card>
    </Stack>
  );
}
