import { NavLink } from '@mantine/core';
import { IconFileImport, IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { importPaths } from '../utils/importPaths.ts';

/** Import and event follow-up in the main navigation. */
export function ImportNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const links = [
    { to: importPaths.import, label: t('import.nav'), Icon: IconFileImport },
    { to: importPaths.followUp, label: t('followUp.nav'), Icon: IconListCheck },
  ];
  return (
    <>
      {links.map(({ to, label, Icon }) => (
        <NavLink
          key={to}
          component={RouterNavLink}
          to={to}
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
