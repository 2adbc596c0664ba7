import { IconChartPie } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../routes.tsx';
import { AppNavLink } from '../../../ui/AppNavLink.tsx';

/** The dashboards in the main navigation. */
export function AnalyticsNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <AppNavLink
      to={paths.analytics}
      label={t('analytics.nav')}
      icon={IconChartPie}
      onNavigate={onNavigate}
    />
  );
}
