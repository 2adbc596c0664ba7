import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useContracts } from '../data/index.ts';
import { ContractTable } from '../modules/contracts/components/ContractTable.tsx';

export function ContractsPage() {
  const { t } = useTranslation();
  const rows = useContracts();
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <div>
        <Title order={1} fz={26}>
          {t('contracts.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('contracts.subtitle')}
        </Text>
      </div>
      <Card withBorder radius="lg" padding="md">
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" ta="center">
            {t('contracts.empty')}
          </Text>
        ) : (
          <ContractTable rows={rows} />
        )}
      </Card>
    </Stack>
  );
}
