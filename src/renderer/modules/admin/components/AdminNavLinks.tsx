import { NavLink } from '@mantine/core';
import { IconAdjustments, IconHistory, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { useCurrentUser } from '../../../data/index.ts';
import { adminUsersPath, auditLogPath, settingsHubPath } from '../utils/adminPaths.ts';

/** "Admin" (users and devices) and the audit log for admins and managers, and the settings hub. */
export function AdminNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const links = [
    { to: settingsHubPath, label: t('admin.nav.settings'), Icon: IconAdjustments, show: true },
    {
      to: adminUsersPath,
      label: t('admin.nav.admin'),
      Icon: IconShieldLock,
      show: role === 'admin' || role === 'manager',
    },
    { to: auditLogPath, label: t('admin.nav.audit'), Icon: IconHistory, show: role === 'admin' },
  ];
  return (
    <>
      {links
        .filter((link) => link.show)
        .map(({ to, label, Icon }) => (
          <NavLink
            key={to}
            component={RouterNavLink}
            to={to}
            end
            label={label}
            leftSection={<Icon size={18} stroke={1.75} />}
            onClick={onNavigate}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
            fw={500}
          />
        ))}
    </>
  );
}
