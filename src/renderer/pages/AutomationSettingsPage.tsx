import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AutomationRulesValue } from '../../shared/automation/automationRules.ts';
import { useAutomationRules } from '../data/automation/useAutomationRules.ts';
import { AutomationRulesEditor } from '../modules/analytics/components/AutomationRulesEditor.tsx';

/** Managers configure the automation rules every device applies. */
export function AutomationSettingsPage() {
  const { t } = useTranslation();
  const { saved, canEdit, save } = useAutomationRules();
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} w="100%" maw={960} style={{ overflowY: 'auto' }}>
      <div>
        <Title order={1} fz={26}>
          {t('analytics.automation.pageTitle')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('analytics.automation.pageSubtitle')}
        </Text>
      </div>
      <AutomationRulesEditor
        saved={saved}
        canEdit={canEdit}
        onSave={(value: AutomationRulesValue) => save(value)}
      />
    </Stack>
  );
}
