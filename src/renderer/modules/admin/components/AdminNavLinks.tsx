import { IconAdjustments, IconHistory, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../data/index.ts';
import { AppNavLink } from '../../../ui/AppNavLink.tsx';
import { adminUsersPath, auditLogPath, settingsHubPath } from '../utils/adminPaths.ts';

/** "Admin" (users and devices) for admins and managers, the audit log for admins, and the settings hub. */
export function AdminNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const links = [
    {
      to: adminUsersPath,
      label: t('admin.nav.admin'),
      icon: IconShieldLock,
      show: role === 'admin' || role === 'manager',
    },
    { to: auditLogPath, label: t('admin.nav.audit'), icon: IconHistory, show: role === 'admin' },
    { to: settingsHubPath, label: t('admin.nav.settings'), icon: IconAdjustments, show: true },
  ];
  return links
    .filter((link) => link.show)
    .map(({ to, label, icon }) => (
      // The hub stays highlighted on the editors below it (/settings/…).
      <AppNavLink
        key={to}
        to={to}
        end={to !== settingsHubPath}
        label={label}
        icon={icon}
        onNavigate={onNavigate}
      />
    ));
}
