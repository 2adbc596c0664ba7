import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useSyncStatus } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { useLocalDataRemoved } from '../hooks/useLocalDataRemoved.ts';

export type SignOutModalProps = { opened: boolean; onClose: () => void };

type Check = { kind: 'checking' } | { kind: 'done'; unsynced: boolean };

/** Confirms sign-out, which deletes this device's copy; warns first when changes would be lost. */
export function SignOutModal({ opened, onClose }: SignOutModalProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const session = useSession();
  const status = useSyncStatus();
  const onLocalDataRemoved = useLocalDataRemoved();
  const [check, setCheck] = useState<Check>({ kind: 'checking' });
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const { hasUnsyncedChanges } = session;

  useEffect(() => {
    if (!opened) return;
    let cancelled = false;
    setCheck({ kind: 'checking' });
    setFailed(false);
    hasUnsyncedChanges().then(
      (unsynced) => !cancelled && setCheck({ kind: 'done', unsynced }),
      // If the check itself fails, assume the worst: the warning is cheaper than lost work.
      () => !cancelled && setCheck({ kind: 'done', unsynced: true }),
    );
    return () => {
      cancelled = true;
    };
  }, [opened, hasUnsyncedChanges]);

  const handleConfirm = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await session.signOut({ wipe: true });
      onClose();
      onLocalDataRemoved();
    } catch (error) {
      console.error('Sign-out failed', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const unsyncedCount = Math.max(status.pendingChanges, 1);

  return (
    <Modal opened={opened} onClose={onClose} title={t('sync.signOut.title')} centered>
      <Stack gap="md">
        {check.kind === 'checking' ? (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('sync.signOut.checking')}</Text>
          </Group>
        ) : check.unsynced ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('sync.signOut.unsynced', {
              count: unsyncedCount,
              formatted: format.number(unsyncedCount),
            })}
          </Alert>
        ) : (
          <Text size="sm">{t('sync.signOut.allSynced')}</Text>
        )}
        <Text size="sm">{t('sync.signOut.wipe')}</Text>
        {failed && (
          <Text size="sm" c="red.7" role="alert">
            {t('sync.signOut.failed')}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => void handleConfirm()}
            loading={busy}
            disabled={check.kind === 'checking'}
          >
            {t('sync.signOut.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
