import { IconFileImport, IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppNavLink } from '../../../ui/AppNavLink.tsx';
import { importPaths } from '../utils/importPaths.ts';

/** Import and event follow-up in the main navigation. */
export function ImportNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const links = [
    { to: importPaths.import, label: t('import.nav'), icon: IconFileImport },
    { to: importPaths.followUp, label: t('followUp.nav'), icon: IconListCheck },
  ];
  return links.map(({ to, label, icon }) => (
    <AppNavLink key={to} to={to} label={label} icon={icon} onNavigate={onNavigate} />
  ));
}
