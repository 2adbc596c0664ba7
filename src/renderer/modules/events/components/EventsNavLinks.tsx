import { IconCalendarEvent, IconScan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useActiveEventId } from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';
import { AppNavLink } from '../../../ui/AppNavLink.tsx';

/** Events, and booth mode once an event is active on this device, in the main navigation. */
export function EventsNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const [activeEventId] = useActiveEventId();
  const links = [
    { to: paths.events, label: t('events.nav.events'), icon: IconCalendarEvent },
    ...(activeEventId ? [{ to: paths.booth, label: t('events.nav.booth'), icon: IconScan }] : []),
  ];
  return links.map(({ to, label, icon }) => (
    <AppNavLink key={to} to={to} label={label} icon={icon} onNavigate={onNavigate} />
  ));
}
