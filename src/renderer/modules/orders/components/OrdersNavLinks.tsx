import { IconBuildingWarehouse, IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../routes.tsx';
import { AppNavLink } from '../../../ui/AppNavLink.tsx';

/** Orders and inventory (stock for everyone; receipts and adjustments on the page for managers). */
export function OrdersNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const links = [
    { to: paths.orders, label: t('orders.nav.orders'), icon: IconTruckDelivery },
    { to: paths.inventory, label: t('orders.nav.inventory'), icon: IconBuildingWarehouse },
  ];
  return links.map(({ to, label, icon }) => (
    <AppNavLink key={to} to={to} label={label} icon={icon} onNavigate={onNavigate} />
  ));
}
