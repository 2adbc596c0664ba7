import { Badge } from '@mantine/core';
import { IconCloudExclamation, IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useConflicts, useSession, useSyncIssues } from '../../../data/index.ts';
import { AppNavLink } from '../../../ui/AppNavLink.tsx';
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
  return (
    <>
      <AppNavLink
        to={syncIssuesPath}
        label={t('sync.nav.syncIssues')}
        icon={IconCloudExclamation}
        rightSection={<CountBadge count={issues.length} color="red" />}
        onNavigate={onNavigate}
      />
      <AppNavLink
        to={conflictsPath}
        label={t('sync.nav.conflicts')}
        icon={IconGitMerge}
        rightSection={<CountBadge count={conflicts.length} color="orange" />}
        onNavigate={onNavigate}
      />
    </>
  );
}
