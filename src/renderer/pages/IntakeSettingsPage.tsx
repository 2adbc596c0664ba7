import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIntakeSettings, useSession, useTeamMembers, useTeams } from '../data/index.ts';
import { AssignmentRulesEditor } from '../modules/intake/components/AssignmentRulesEditor.tsx';
import { LeadFormsEditor } from '../modules/intake/components/LeadFormsEditor.tsx';
import { PredictiveModelPanel } from '../modules/intake/components/PredictiveModelPanel.tsx';

export function IntakeSettingsPage() {
  const { t } = useTranslation();
  const settings = useIntakeSettings();
  const { session } = useSession();
  const users = useTeamMembers();
  const teams = useTeams();
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <div>
        <Title order={1} fz={26}>
          {t('intake.page.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('intake.page.subtitle')}
        </Text>
        {!settings.canEdit && (
          <Text c="dimmed" size="sm" mt={4}>
            {t('intake.page.readOnly')}
          </Text>
        )}
      </div>
      <Tabs defaultValue="forms" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="forms">{t('intake.page.tabs.forms')}</Tabs.Tab>
          <Tabs.Tab value="rules">{t('intake.page.tabs.rules')}</Tabs.Tab>
          <Tabs.Tab value="model">{t('intake.page.tabs.model')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="forms" pt="md">
          <LeadFormsEditor
            value={settings.forms}
            canEdit={settings.canEdit}
            serverUrl={session?.serverUrl}
            onSave={settings.saveForms}
          />
        </Tabs.Panel>
        <Tabs.Panel value="rules" pt="md">
          <AssignmentRulesEditor
            value={settings.rules}
            canEdit={settings.canEdit}
            users={users}
            teams={teams}
            onSave={settings.saveRules}
          />
        </Tabs.Panel>
        <Tabs.Panel value="model" pt="md">
          <PredictiveModelPanel
            model={settings.model}
            canEdit={settings.canEdit}
            onRetrain={settings.retrain}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
