import { Avatar, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../data/index.ts';
import { initials } from '../utils/initials.ts';
import { SignOutModal } from './SignOutModal.tsx';

export type AccountMenuProps = { user: SessionUser; serverUrl: string };

/** Who is signed in, where, and the way out. */
export function AccountMenu({ user, serverUrl }: AccountMenuProps) {
  const { t } = useTranslation();
  const [signOutOpened, signOutModal] = useDisclosure(false);

  return (
    <>
      <Menu position="bottom-end" width={260} shadow="md">
        <Menu.Target>
          <UnstyledButton aria-label={t('sync.account.menu')} style={{ borderRadius: '50%' }}>
            <Avatar color="initials" name={user.name || user.email} size={36} radius="xl">
              {initials(user.name, user.email)}
            </Avatar>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Stack gap={2} px="sm" py="xs">
            <Text size="sm" fw={600} data-testid="account-name">
              {user.name || user.email}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`sync.account.roles.${user.role}`)} · {user.email}
            </Text>
            <Text size="xs" c="dimmed" truncate="end">
              {serverUrl}
            </Text>
          </Stack>
          <Menu.Divider />
          <Menu.Item
            color="red"
            leftSection={<IconLogout size={16} stroke={1.75} />}
            onClick={signOutModal.open}
          >
            {t('sync.account.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <SignOutModal opened={signOutOpened} onClose={signOutModal.close} />
    </>
  );
}
