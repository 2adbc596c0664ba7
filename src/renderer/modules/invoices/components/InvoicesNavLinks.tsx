import { NavLink } from '@mantine/core';
import { IconCashRegister, IconReceipt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { useCurrentUser } from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';
import { seesReceivables } from '../utils/financeRoles.ts';

/** Invoices and receivables (AR aging) in the main navigation, for finance, managers and admins. */
export function InvoicesNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  if (!seesReceivables(role)) return null;
  const links = [
    { to: paths.invoices, label: t('invoices.nav.invoices'), Icon: IconReceipt },
    { to: paths.receivables, label: t('invoices.nav.receivables'), Icon: IconCashRegister },
  ];
  return (
    <>
      {links.map(({ to, label, Icon }) => (
        <NavLink
          key={to}
          component={RouterNavLink}
          to={to}
          end={to === paths.invoices}
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
