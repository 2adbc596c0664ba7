import { IconCashRegister, IconReceipt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';
import { AppNavLink } from '../../../ui/AppNavLink.tsx';
import { seesReceivables } from '../utils/financeRoles.ts';

/** Invoices and receivables (AR aging) in the main navigation, for finance, managers and admins. */
export function InvoicesNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  if (!seesReceivables(role)) return null;
  const links = [
    { to: paths.invoices, label: t('invoices.nav.invoices'), icon: IconReceipt },
    { to: paths.receivables, label: t('invoices.nav.receivables'), icon: IconCashRegister },
  ];
  return links.map(({ to, label, icon }) => (
    <AppNavLink
      key={to}
      to={to}
      end={to === paths.invoices}
      label={label}
      icon={icon}
      onNavigate={onNavigate}
    />
  ));
}
