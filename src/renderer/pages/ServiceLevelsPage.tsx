import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useServiceLevels } from '../data/index.ts';
import { ServiceLevelsEditor } from '../modules/tickets/components/ServiceLevelsEditor.tsx';

export function ServiceLevelsPage() {
  const { t } = useTranslation();
  const { serviceLevels, canEdit, save } = useServiceLevels();
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={900} w="100%" style={{ overflowY: 'auto' }}>
      <div>
        <Title order={1} fz={26}>
          {t('tickets.serviceLevels.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('tickets.serviceLevels.subtitle')}
        </Text>
      </div>
      <ServiceLevelsEditor serviceLevels={serviceLevels} canEdit={canEdit} onSave={save} />
    </Stack>
  );
}
