import { Center, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountNames, useOpportunities } from '../data/index.ts';
import { OpportunityExportButton } from '../modules/export/components/RecordExportButtons.tsx';
import { OwnerSelect } from '../modules/pipeline/components/OwnerSelect.tsx';
import { PipelineBoard } from '../modules/pipeline/components/PipelineBoard.tsx';
import { useOwnerName } from '../modules/pipeline/hooks/useOwnerName.ts';

export function PipelinePage() {
  const { t } = useTranslation();
  const [ownerId, setOwnerId] = useState('');
  const [closeFrom, setCloseFrom] = useState('');
  const [closeTo, setCloseTo] = useState('');
  const { rows, loading } = useOpportunities({
    ...(ownerId ? { ownerId } : {}),
    ...(closeFrom ? { closeFrom } : {}),
    ...(closeTo ? { closeTo } : {}),
  });
  const accountNames = useAccountNames();
  const ownerName = useOwnerName();

  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} flex={1} mih={0}>
      <Group justify="space-between" align="flex-end" gap="md">
        <div>
          <Title order={1} fz={26}>
            {t('pipeline.pipeline.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('pipeline.pipeline.subtitle')}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <OwnerSelect
            label={t('pipeline.pipeline.owner')}
            allLabel={t('pipeline.pipeline.allOwners')}
            value={ownerId}
            onChange={setOwnerId}
          />
          <TextInput
            type="date"
            label={t('pipeline.pipeline.closeFrom')}
            value={closeFrom}
            onChange={(event) => setCloseFrom(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('pipeline.pipeline.closeTo')}
            value={closeTo}
            onChange={(event) => setCloseTo(event.currentTarget.value)}
          />
          <OpportunityExportButton rows={rows} accountNames={accountNames} ownerName={ownerName} />
        </Group>
      </Group>
      {loading && rows.length === 0 ? (
        <Center py="xl">
          <Loader aria-label={t('pipeline.pipeline.loading')} />
        </Center>
      ) : (
        <PipelineBoard opportunities={rows} accountNames={accountNames} ownerName={ownerName} />
      )}
    </Stack>
  );
}
