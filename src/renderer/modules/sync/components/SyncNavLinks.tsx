import { Badge, NavLink } from '@mantine/core';
import { IconCloudExclamation, IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { useConflicts, useSession, useSyncIssues } from '../../../data/index.ts';
import { conflictsPath, syncIssuesPath } from '../utils/syncPaths.ts';

function CountBadge({ count, color }: { count: number; color: string }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Badge size="sm" circle={count < 10} color={color} aria-label={t('sync.nav.count', { count })}>
      {count}
    </Badge>
  );
}

/** "Sync issues" and "Conflicts" with their open counts; hidden for a local-only profile. */
export function SyncNavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const { issues } = useSyncIssues();
  const { conflicts } = useConflicts();
  if (!session && issues.length === 0 && conflicts.length === 0) return null;
  const style = { borderRadius: 'var(--mantine-radius-md)' };
  return (
    <>
      <NavLink
        component={RouterNavLink}
        to={syncIssuesPath}
        label={t('sync.nav.syncIssues')}
        leftSection={<IconCloudExclamation size={18} stroke={1.75} />}
        rightSection={<CountBadge count={issues.length} color="red" />}
        onClick={onNavigate}
        style={style}
        fw={500}
      />
      <NavLink
        component={RouterNavLink}
        to={conflictsPath}
        label={t('sync.nav.conflicts')}
        leftSection={<IconGitMerge size={18} stroke={1.75} />}
        rightSection={<CountBadge count={conflicts.length} color="orange" />}
        onClick={onNavigate}
        style={style}
        fw={500}
      />
    </>
  );
}
