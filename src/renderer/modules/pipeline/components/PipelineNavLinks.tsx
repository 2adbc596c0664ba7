import { NavLink } from '@mantine/core';
import {
  IconBuilding,
  IconChartBar,
  IconChecklist,
  IconLayoutKanban,
  IconSettings,
  IconTarget,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { paths } from '../../../routes.tsx';

/** Tasks, accounts, contacts, the pipeline, the forecast and their settings in the main navigation. */
export function PipelineNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const links = [
    { to: paths.tasks, label: t('pipeline.nav.tasks'), Icon: IconChecklist },
    { to: paths.accounts, label: t('pipeline.nav.accounts'), Icon: IconBuilding },
    { to: paths.contacts, label: t('pipeline.nav.contacts'), Icon: IconUsers },
    { to: paths.pipeline, label: t('pipeline.nav.pipeline'), Icon: IconLayoutKanban },
    { to: paths.forecast, label: t('pipeline.nav.forecast'), Icon: IconChartBar },
    { to: paths.scoringRules, label: t('qualification.settings.nav'), Icon: IconSettings },
    { to: paths.pipelineSettings, label: t('pipeline.nav.settings'), Icon: IconTarget },
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
