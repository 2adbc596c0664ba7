import { NavLink } from '@mantine/core';
import { IconBox, IconFileCheck, IconFileDollar, IconGavel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { useCurrentUser } from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';

/** Catalog, quotes, approvals (managers and admins) and contracts in the main navigation. */
export function QuotesNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const approver = role === 'manager' || role === 'admin';
  const links = [
    { to: paths.catalog, label: t('quotes.nav.catalog'), Icon: IconBox },
    { to: paths.quotes, label: t('quotes.nav.quotes'), Icon: IconFileDollar },
    ...(approver
      ? [{ to: paths.approvals, label: t('quotes.nav.approvals'), Icon: IconGavel }]
      : []),
    { to: paths.contracts, label: t('quotes.nav.contracts'), Icon: IconFileCheck },
  ];
  return (
    <>
      {links.map(({ to, label, Icon }) => (
        <NavLink
          key={to}
          component={RouterNavLink}
          to={to}
          end={to === paths.quotes}
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
