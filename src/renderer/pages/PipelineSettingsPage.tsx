import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useCurrentUser,
  useOpportunityStages,
  useSalesTargets,
  useTeamMembers,
  useTeams,
} from '../data/index.ts';
import { useOwnerName } from '../modules/pipeline/hooks/useOwnerName.ts';
import { monthOf } from '../modules/pipeline/utils/monthRange.ts';
import { OpportunityStagesEditor } from '../modules/settings/components/OpportunityStagesEditor.tsx';
import { SalesTargetsEditor } from '../modules/settings/components/SalesTargetsEditor.tsx';

export function PipelineSettingsPage() {
  const { t } = useTranslation();
  const currentUser = useCurrentUser();
  const targets = useSalesTargets();
  const stages = useOpportunityStages();
  const members = useTeamMembers();
  const teams = useTeams();
  const ownerName = useOwnerName();
  const owners = useMemo(
    () =>
      members.map((member) => ({ value: member.id, label: member.name || ownerName(member.id) })),
    [members, ownerName],
  );
  const teamOptions = useMemo(
    () => teams.map((team) => ({ value: team.id, label: team.name })),
    [teams],
  );
  const defaults = useMemo(
    () => ({ ownerId: currentUser.id, month: monthOf(new Date()), currency: 'CNY' }),
    [currentUser.id],
  );
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <div>
        <Title order={1} fz={26}>
          {t('pipeline.settings.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('pipeline.settings.subtitle')}
        </Text>
      </div>
      <SalesTargetsEditor
        targets={targets.targets}
        canEdit={targets.canEdit}
        onSave={targets.save}
        owners={owners}
        teams={teamOptions}
        defaults={defaults}
      />
      <OpportunityStagesEditor
        stages={stages.stages}
        canEdit={stages.canEdit}
        onSave={stages.save}
      />
    </Stack>
  );
}
