import { NavLink } from '@mantine/core';
import { IconForms } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { paths } from '../../../routes.tsx';

/** Web forms, routing and the learned score in the main navigation. */
export function IntakeNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <NavLink
      component={RouterNavLink}
      to={paths.intakeSettings}
      label={t('intake.nav')}
      leftSection={<IconForms size={18} stroke={1.75} />}
      onClick={onNavigate}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      fw={500}
    />
  );
}
