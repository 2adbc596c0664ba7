import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportWizard } from '../modules/import/components/ImportWizard.tsx';

export function ImportPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <div>
        <Title order={1} fz={26}>
          {t('import.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('import.subtitle')}
        </Text>
      </div>
      <ImportWizard />
    </Stack>
  );
}
