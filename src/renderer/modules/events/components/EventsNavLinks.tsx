import { NavLink } from '@mantine/core';
import { IconCalendarEvent, IconScan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { useActiveEventId } from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';

/** Events, and booth mode once an event is active on this device, in the main navigation. */
export function EventsNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const [activeEventId] = useActiveEventId();
  const links = [
    { to: paths.events, label: t('events.nav.events'), Icon: IconCalendarEvent },
    ...(activeEventId ? [{ to: paths.booth, label: t('events.nav.booth'), Icon: IconScan }] : []),
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
