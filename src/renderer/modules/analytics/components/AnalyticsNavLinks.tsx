import { NavLink } from '@mantine/core';
import { IconChartPie } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { paths } from '../../../routes.tsx';

/** The dashboards in the main navigation. */
export function AnalyticsNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <NavLink
      component={RouterNavLink}
      to={paths.analytics}
      label={t('analytics.nav')}
      leftSection={<IconChartPie size={18} stroke={1.75} />}
      onClick={onNavigate}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      fw={500}
    />
  );
}
