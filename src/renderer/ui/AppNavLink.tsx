import { NavLink } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, NavLink as RouterNavLink, useLocation } from 'react-router';

export type AppNavLinkProps = {
  to: string;
  label: string;
  icon: Icon;
  onNavigate: () => void;
  /** Active only on this exact path, not on the pages below it. */
  end?: boolean;
  rightSection?: ReactNode;
  /**
   * Which paths the link is highlighted on, where that is not its own path and the pages below
   * it (a page reached through a redirect, a section that belongs to another link).
   */
  activeOn?: (pathname: string) => boolean;
};

/** One link of the main navigation: icon, label, highlighted while its page is open. */
export function AppNavLink({
  to,
  label,
  icon: LinkIcon,
  onNavigate,
  end,
  rightSection,
  activeOn,
}: AppNavLinkProps) {
  const { pathname } = useLocation();
  const look = {
    label,
    leftSection: <LinkIcon size={17} stroke={1.75} />,
    rightSection,
    onClick: onNavigate,
    h: 28,
    py: 0,
    px: 'sm',
    fz: 'sm',
    fw: 500,
    style: { borderRadius: 'var(--mantine-radius-md)' },
  } as const;
  if (activeOn) {
    const active = activeOn(pathname);
    return (
      <NavLink
        component={Link}
        to={to}
        active={active}
        aria-current={active ? 'page' : undefined}
        {...look}
      />
    );
  }
  return <NavLink component={RouterNavLink} to={to} end={end} {...look} />;
}
