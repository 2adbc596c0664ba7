import { Button, Group, NativeSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFollowUpCommands } from '../../../data/import/useImportData.ts';
import type { TeamMember } from '../../../data/react/useTeamMembers.ts';

/** Assigns the selected leads (and their open follow-up tasks) to one rep. */
export function FollowUpAssignBar({
  selected,
  members,
  onAssigned,
}: {
  selected: readonly string[];
  members: readonly TeamMember[];
  onAssigned: () => void;
}) {
  const { t } = useTranslation();
  const { assignLeads } = useFollowUpCommands();
  const [ownerId, setOwnerId] = useState(members[0]?.id ?? '');
  const [busy, setBusy] = useState(false);

  async function handleAssign() {
    const member = members.find((item) => item.id === ownerId);
    if (!member) return;
    setBusy(true);
    try {
      await assignLeads({ leadIds: selected, ownerId });
      notifications.show({
        message: t('followUp.assigned', { count: selected.length, name: member.name }),
      });
      onAssigned();
    } catch (error) {
      console.error('Assignment failed', error);
      notifications.show({ color: 'red', message: t('errors.unknown') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Group align="flex-end">
      <NativeSelect
        label={t('followUp.assignTo')}
        value={ownerId}
        onChange={(event) => setOwnerId(event.currentTarget.value)}
        data={members.map((member) => ({ value: member.id, label: member.name }))}
      />
      <Button
        disabled={selected.length === 0 || !ownerId}
        loading={busy}
        onClick={() => void handleAssign()}
      >
        {t('followUp.assign', { count: selected.length })}
      </Button>
    </Group>
  );
}
