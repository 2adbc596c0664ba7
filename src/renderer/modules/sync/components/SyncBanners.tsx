import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconCloudDownload,
  IconDownload,
  IconLogin2,
  IconRefreshAlert,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession, useSyncStatus } from '../../../data/index.ts';
import { downloadTextFile } from '../utils/downloadTextFile.ts';
import { signInPath } from '../utils/syncPaths.ts';

/**
 * A first download this big takes more than a moment (a pull page is 1,000 documents): from here
 * on the banner says that what the screens show is still partial. Smaller ones finish unnoticed.
 */
export const downloadBannerFrom = 1000;

/**
 * Sync states the person must act on, shown above every page until they are resolved, and the
 * first download of the team's data, while lists and dashboards still show only part of it.
 */
export function SyncBanners() {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  const { session, resyncFromScratch } = useSession();
  const [busy, setBusy] = useState(false);

  if (!session) return null;

  const handleResync = async () => {
    setBusy(true);
    try {
      const exported = await resyncFromScratch();
      const file = `fieldbook-unsynced-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json`;
      downloadTextFile({ name: file, text: exported, type: 'application/json' });
      notifications.show({
        color: 'teal',
        message: t('sync.banners.resyncRequired.done', { file }),
      });
    } catch (error) {
      console.error('Resync failed', error);
      notifications.show({ color: 'red', message: t('errors.unknown') });
    } finally {
      setBusy(false);
    }
  };

  if (status.error === 'update_required') {
    return (
      <Alert
        color="orange"
        radius={0}
        icon={<IconAlertTriangle size={20} />}
        title={t('sync.banners.updateRequired.title')}
        role="alert"
      >
        {t('sync.banners.updateRequired.description')}
      </Alert>
    );
  }
  if (status.error === 'resync_required') {
    return (
      <Alert
        color="orange"
        radius={0}
        icon={<IconRefreshAlert size={20} />}
        title={t('sync.banners.resyncRequired.title')}
        role="alert"
      >
        <Group justify="space-between" gap="sm">
          <Text size="sm" maw={640}>
            {t('sync.banners.resyncRequired.description')}
          </Text>
          <Button
            size="xs"
            color="orange"
            leftSection={<IconDownload size={14} />}
            loading={busy}
            onClick={() => void handleResync()}
          >
            {t('sync.banners.resyncRequired.action')}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (status.state === 'signedOut' && status.error === 'unauthorized') {
    return (
      <Alert
        color="yellow"
        radius={0}
        icon={<IconLogin2 size={20} />}
        title={t('sync.banners.unauthorized.title')}
        role="alert"
      >
        <Group justify="space-between" gap="sm">
          <Text size="sm">{t('sync.banners.unauthorized.description')}</Text>
          <Button size="xs" variant="white" component={Link} to={signInPath}>
            {t('sync.banners.unauthorized.action')}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (
    status.downloading !== undefined &&
    status.downloading >= downloadBannerFrom &&
    status.state !== 'signedOut'
  ) {
    const paused = status.state !== 'syncing';
    const records = status.downloading.toLocaleString(i18n.language);
    return (
      <Alert
        color="blue"
        radius={0}
        icon={<IconCloudDownload size={20} />}
        title={t(paused ? 'sync.banners.downloading.paused' : 'sync.banners.downloading.title')}
        role="status"
      >
        <Text size="sm">
          {t(
            paused
              ? 'sync.banners.downloading.pausedDescription'
              : 'sync.banners.downloading.description',
            { records },
          )}
        </Text>
      </Alert>
    );
  }
  return null;
}
