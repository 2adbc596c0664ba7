import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Role, roles } from '../../../../shared/domain/roles.ts';
import type { AdminApi, AdminUser } from '../../../data/admin/adminApi.ts';
import { useCurrentUser } from '../../../data/index.ts';
import { useAdminQuery } from '../hooks/useAdminQuery.ts';
import { adminErrorText } from '../utils/adminErrorText.ts';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { TeamsCard } from './TeamsCard.tsx';
import { UserDevicesModal } from './UserDevicesModal.tsx';
import { UserFormModal } from './UserFormModal.tsx';
import { type UserAction, UsersTable } from './UsersTable.tsx';

const managerRoles: readonly Role[] = ['rep', 'finance', 'manager'];
// Asking every user's devices for "last sync" is fine for a company, not for thousands.
const lastSyncLookupLimit = 100;

/** Users, teams and devices; admins see everyone, managers their own team only. */
export function AdminUsersConsole({ api }: { api: AdminApi }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const isAdmin = me.role === 'admin';
  const users = useAdminQuery('users', () => api.listUsers());
  const teams = useAdminQuery('teams', () => api.listTeams());
  const [form, setForm] = useState<{ user: AdminUser | undefined }>();
  const [devicesOf, setDevicesOf] = useState<AdminUser>();
  const [passwordOf, setPasswordOf] = useState<AdminUser>();

  const visible = useMemo(
    () =>
      (users.value ?? []).filter(
        (user) => isAdmin || (me.teamId !== undefined && user.teamId === me.teamId),
      ),
    [users.value, isAdmin, me.teamId],
  );
  const idsKey =
    visible.length <= lastSyncLookupLimit ? visible.map((user) => user.id).join(',') : '';
  const lastSyncs = useAdminQuery(
    `lastSync:${idsKey}`,
    idsKey
      ? async () => {
          const entries = await Promise.all(
            visible.map(async (user) => {
              if (user.lastSeenAt !== undefined) return [user.id, user.lastSeenAt] as const;
              const devices = await api.listDevices(user.id).catch(() => []);
              const seen = devices.flatMap((device) =>
                device.lastSeenAt ? [device.lastSeenAt] : [],
              );
              return [user.id, seen.sort().at(-1) ?? null] as const;
            }),
          );
          return new Map<string, string | null>(entries);
        }
      : undefined,
  );

  const handleAction = async (user: AdminUser, action: UserAction) => {
    if (action === 'edit') setForm({ user });
    else if (action === 'devices') setDevicesOf(user);
    else if (action === 'password') setPasswordOf(user);
    else {
      try {
        await api.updateUser(user.id, { active: !user.active });
        notifications.show({
          color: 'teal',
          message: user.active
            ? t('admin.users.deactivated', { name: user.name })
            : t('admin.users.activated', { name: user.name }),
        });
        users.reload();
      } catch (error) {
        notifications.show({ color: 'red', message: adminErrorText(error, t) });
      }
    }
  };

  const fixedTeamId = isAdmin ? undefined : me.teamId;
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            {t('admin.users.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {isAdmin ? t('admin.users.subtitleAdmin') : t('admin.users.subtitleManager')}
          </Text>
        </div>
        <Button
          leftSection={<IconUserPlus size={16} />}
          onClick={() => setForm({ user: undefined })}
        >
          {t('admin.users.new')}
        </Button>
      </Group>
      <Card withBorder radius="lg" padding="md">
        {users.loading && <Loader aria-label={t('admin.common.loading')} />}
        {users.error !== undefined && (
          <Alert color="red" variant="light" role="alert">
            {adminErrorText(users.error, t)}
          </Alert>
        )}
        {users.value && (
          <UsersTable
            users={visible}
            teams={teams.value ?? []}
            lastSync={(id) => lastSyncs.value?.get(id)}
            canManage={(user) => isAdmin || (user.role !== 'admin' && user.id !== me.id)}
            onAction={(user, action) => void handleAction(user, action)}
          />
        )}
      </Card>
      <TeamsCard
        api={api}
        teams={(teams.value ?? []).filter((team) => isAdmin || team.id === me.teamId)}
        memberCount={(teamId) =>
          (users.value ?? []).filter((user) => user.teamId === teamId).length
        }
        canCreate={isAdmin}
        onCreated={teams.reload}
      />
      <UserFormModal
        api={api}
        opened={form !== undefined}
        user={form?.user}
        teams={teams.value ?? []}
        assignableRoles={isAdmin ? roles : managerRoles}
        fixedTeamId={fixedTeamId}
        onClose={() => setForm(undefined)}
        onSaved={users.reload}
      />
      <UserDevicesModal api={api} user={devicesOf} onClose={() => setDevicesOf(undefined)} />
      <ResetPasswordModal api={api} user={passwordOf} onClose={() => setPasswordOf(undefined)} />
    </Stack>
  );
}
