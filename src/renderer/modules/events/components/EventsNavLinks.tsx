import { IconCalendarEvent, IconScan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useActiveEventId } from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';
import { AppNavLink, type AppNavLinkProps } from '../../../ui/AppNavLink.tsx';

// An event's follow-up list lives below it but is the follow-up link's page.
const isEventsPath = (pathname: string) =>
  (pathname === paths.events || pathname.startsWith(`${paths.events}/`)) &&
  !pathname.endsWith('/follow-up');

/** Events, and booth mode once an event is active on this device, in the main navigation. */
export function EventsNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const [activeEventId] = useActiveEventId();
  const links: Array<Omit<AppNavLinkProps, 'onNavigate'>> = [
    {
      to: paths.events,
      label: t('events.nav.events'),
      icon: IconCalendarEvent,
      activeOn: isEventsPath,
    },
    ...(activeEventId ? [{ to: paths.booth, label: t('events.nav.booth'), icon: IconScan }] : []),
  ];
  return links.map(({ to, ...link }) => (
    <AppNavLink key={to} to={to} {...link} onNavigate={onNavigate} />
  ));
}
