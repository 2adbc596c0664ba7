import { IconBox, IconFileCheck, IconFileDollar, IconGavel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';
import { AppNavLink } from '../../../ui/AppNavLink.tsx';

/** Quotes, approvals (managers and admins), contracts and the catalog in the main navigation. */
export function QuotesNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const approver = role === 'manager' || role === 'admin';
  const links = [
    { to: paths.quotes, label: t('quotes.nav.quotes'), icon: IconFileDollar },
    ...(approver
      ? [{ to: paths.approvals, label: t('quotes.nav.approvals'), icon: IconGavel }]
      : []),
    { to: paths.contracts, label: t('quotes.nav.contracts'), icon: IconFileCheck },
    { to: paths.catalog, label: t('quotes.nav.catalog'), icon: IconBox },
  ];
  return links.map(({ to, label, icon }) => (
    <AppNavLink
      key={to}
      to={to}
      end={to === paths.quotes}
      label={label}
      icon={icon}
      onNavigate={onNavigate}
    />
  ));
}
