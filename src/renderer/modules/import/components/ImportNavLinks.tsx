import { IconFileImport, IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppNavLink, type AppNavLinkProps } from '../../../ui/AppNavLink.tsx';
import { importPaths, isFollowUpPath } from '../utils/importPaths.ts';

/** Import and event follow-up in the main navigation. */
export function ImportNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const links: Array<Omit<AppNavLinkProps, 'onNavigate'>> = [
    { to: importPaths.import, label: t('import.nav'), icon: IconFileImport },
    {
      to: importPaths.followUp,
      label: t('followUp.nav'),
      icon: IconListCheck,
      // It opens the latest event's follow-up, under /events: it stays highlighted there.
      activeOn: isFollowUpPath,
    },
  ];
  return links.map(({ to, ...link }) => (
    <AppNavLink key={to} to={to} {...link} onNavigate={onNavigate} />
  ));
}
