import {
  IconBuilding,
  IconChartBar,
  IconChecklist,
  IconLayoutKanban,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../routes.tsx';
import { AppNavLink } from '../../../ui/AppNavLink.tsx';

/** Tasks, accounts, contacts, the pipeline and the forecast in the main navigation. */
export function PipelineNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const links = [
    { to: paths.tasks, label: t('pipeline.nav.tasks'), icon: IconChecklist },
    { to: paths.accounts, label: t('pipeline.nav.accounts'), icon: IconBuilding },
    { to: paths.contacts, label: t('pipeline.nav.contacts'), icon: IconUsers },
    { to: paths.pipeline, label: t('pipeline.nav.pipeline'), icon: IconLayoutKanban },
    { to: paths.forecast, label: t('pipeline.nav.forecast'), icon: IconChartBar },
  ];
  return links.map(({ to, label, icon }) => (
    <AppNavLink key={to} to={to} label={label} icon={icon} onNavigate={onNavigate} />
  ));
}
