import { NavLink } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { NavLink as RouterNavLink } from 'react-router';

type AppNavLinkProps = {
  to: string;
  label: string;
  icon: Icon;
  onNavigate: () => void;
  /** Active only on this exact path, not on the pages below it. */
  end?: boolean;
  rightSection?: ReactNode;
};

/** One link of the main navigation: icon, label, highlighted while its page is open. */
export function AppNavLink({
  to,
  label,
  icon: LinkIcon,
  onNavigate,
  end,
  rightSection,
}: AppNavLinkProps) {
  return (
    <NavLink
      component={RouterNavLink}
      to={to}
      end={end}
      label={label}
      leftSection={<LinkIcon size={17} stroke={1.75} />}
      rightSection={rightSection}
      onClick={onNavigate}
      h={28}
      py={0}
      px="sm"
      fz="sm"
      fw={500}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
}
