import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useScoringRules } from '../data/index.ts';
import { ScoringRulesEditor } from '../modules/settings/components/ScoringRulesEditor.tsx';

export function ScoringRulesPage() {
  const { t } = useTranslation();
  const { rules, canEdit, save } = useScoringRules();
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <div>
        <Title order={1} fz={26}>
          {t('qualification.settings.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('qualification.settings.subtitle')}
        </Text>
      </div>
      <ScoringRulesEditor rules={rules} canEdit={canEdit} onSave={save} />
    </Stack>
  );
}
