import { Button, Group } from '@mantine/core';
import { IconLogin2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession, useSyncStatus } from '../../../data/index.ts';
import { useNow } from '../hooks/useNow.ts';
import { signInPath } from '../utils/syncPaths.ts';
import { AccountMenu } from './AccountMenu.tsx';
import { SyncStatusIndicator } from './SyncStatusIndicator.tsx';

/** The header's sync corner: "Sign in" when signed out, else the status and the account menu. */
export function SyncHeaderSlot() {
  const { t } = useTranslation();
  const { session } = useSession();
  const status = useSyncStatus();
  const now = useNow();

  const signInButton = (
    <Button
      component={Link}
      to={signInPath}
      variant="default"
      leftSection={<IconLogin2 size={16} stroke={1.75} />}
    >
      {t('sync.status.signIn')}
    </Button>
  );
  if (!session) return signInButton;
  return (
    <Group gap="sm" wrap="nowrap">
      {status.state === 'signedOut' ? (
        signInButton
      ) : (
        <SyncStatusIndicator
          status={{ ...status, state: status.state }}
          now={now}
          onSyncNow={status.syncNow}
        />
      )}
      <AccountMenu user={session.user} serverUrl={session.serverUrl} />
    </Group>
  );
}
