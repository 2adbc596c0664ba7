import { IconLifebuoy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../routes.tsx';
import { AppNavLink } from '../../../ui/AppNavLink.tsx';

/** Service tickets in the main navigation (their SLA targets live in the settings hub). */
export function TicketsNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <AppNavLink
      to={paths.tickets}
      end
      label={t('tickets.nav.tickets')}
      icon={IconLifebuoy}
      onNavigate={onNavigate}
    />
  );
}
