import { ActionIcon, Badge, Menu, Table, Text } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AdminTeam, AdminUser } from '../../../data/admin/adminApi.ts';
import { formatDateTime } from '../utils/formatDateTime.ts';

export type UserAction = 'edit' | 'password' | 'devices' | 'toggleActive';

export type UsersTableProps = {
  users: readonly AdminUser[];
  teams: readonly AdminTeam[];
  /** The newest sync of any of the user's devices, when known. */
  lastSync: (userId: string) => string | null | undefined;
  /** Whether this person may act on that user (managers: not on admins). */
  canManage: (user: AdminUser) => boolean;
  onAction: (user: AdminUser, action: UserAction) => void;
};

/** Users with role, team, whether active and when they last synced, and what can be done. */
export function UsersTable({ users, teams, lastSync, canManage, onAction }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  const teamName = (id: string | null) => teams.find((team) => team.id === id)?.name ?? '—';
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label={t('admin.users.table')} verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.users.name')}</Table.Th>
            <Table.Th>{t('admin.users.email')}</Table.Th>
            <Table.Th>{t('admin.users.role')}</Table.Th>
            <Table.Th>{t('admin.users.team')}</Table.Th>
            <Table.Th>{t('admin.users.status')}</Table.Th>
            <Table.Th>{t('admin.users.lastSync')}</Table.Th>
            <Table.Th w={48} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const synced = lastSync(user.id);
            return (
              <Table.Tr key={user.id}>
                <Table.Th scope="row" fw={500}>
                  {user.name}
                </Table.Th>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>{t(`admin.roles.${user.role}`)}</Table.Td>
                <Table.Td>{teamName(user.teamId)}</Table.Td>
                <Table.Td>
                  <Badge color={user.active ? 'teal' : 'gray'} variant="light">
                    {user.active ? t('admin.users.active') : t('admin.users.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={synced ? undefined : 'dimmed'}>
                    {synced
                      ? formatDateTime(synced, i18n.language)
                      : synced === null
                        ? t('admin.common.never')
                        : '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {canManage(user) && (
                    <Menu position="bottom-end" withinPortal={false}>
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('admin.users.actionsFor', { name: user.name })}
                        >
                          <IconDots size={18} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => onAction(user, 'edit')}>
                          {t('admin.users.edit')}
                        </Menu.Item>
                        <Menu.Item onClick={() => onAction(user, 'devices')}>
                          {t('admin.users.devices')}
                        </Menu.Item>
                        <Menu.Item onClick={() => onAction(user, 'password')}>
                          {t('admin.users.resetPassword')}
                        </Menu.Item>
                        <Menu.Item
                          color={user.active ? 'red' : undefined}
                          onClick={() => onAction(user, 'toggleActive')}
                        >
                          {user.active ? t('admin.users.deactivate') : t('admin.users.activate')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
