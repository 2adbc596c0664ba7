import { NavLink } from '@mantine/core';
import { IconClockCheck, IconLifebuoy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { paths } from '../../../routes.tsx';

/** Service tickets and their SLA targets in the main navigation. */
export function TicketsNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const links = [
    { to: paths.tickets, label: t('tickets.nav.tickets'), Icon: IconLifebuoy },
    { to: paths.serviceLevels, label: t('tickets.nav.serviceLevels'), Icon: IconClockCheck },
  ];
  return (
    <>
      {links.map(({ to, label, Icon }) => (
        <NavLink
          key={to}
          component={RouterNavLink}
          to={to}
          end={to === paths.tickets}
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
