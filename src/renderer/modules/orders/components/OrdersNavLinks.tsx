import { NavLink } from '@mantine/core';
import { IconBuildingWarehouse, IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { paths } from '../../../routes.tsx';

/** Orders and inventory in the main navigation. */
export function OrdersNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const links = [
    { to: paths.orders, label: t('orders.nav.orders'), Icon: IconTruckDelivery },
    { to: paths.inventory, label: t('orders.nav.inventory'), Icon: IconBuildingWarehouse },
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
