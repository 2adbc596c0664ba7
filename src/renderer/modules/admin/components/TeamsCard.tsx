import { Alert, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminApi, AdminTeam } from '../../../data/admin/adminApi.ts';
import { adminErrorText } from '../utils/adminErrorText.ts';

export type TeamsCardProps = {
  api: AdminApi;
  teams: readonly AdminTeam[];
  memberCount: (teamId: string) => number;
  canCreate: boolean;
  onCreated: () => void;
};

/** The teams with their sizes; admins add new ones. */
export function TeamsCard({ api, teams, memberCount, canCreate, onCreated }: TeamsCardProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const handleCreate = async () => {
    if (!name.trim()) {
      setError(t('admin.teams.nameRequired'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.createTeam(name.trim());
      setName('');
      onCreated();
    } catch (failure) {
      setError(adminErrorText(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz={18}>
          {t('admin.teams.title')}
        </Title>
        {teams.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('admin.teams.none')}
          </Text>
        ) : (
          <List aria-label={t('admin.teams.title')} spacing={4}>
            {teams.map((team) => (
              <List.Item key={team.id}>
                {t('admin.teams.item', { name: team.name, count: memberCount(team.id) })}
              </List.Item>
            ))}
          </List>
        )}
        {canCreate && (
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('admin.teams.newName')}
              value={name}
              error={error}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <Button mt={24} loading={busy} onClick={() => void handleCreate()}>
              {t('admin.teams.create')}
            </Button>
          </Group>
        )}
        {!canCreate && (
          <Alert color="gray" variant="light">
            {t('admin.teams.managerNote')}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
