import { Alert, Button, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateStatus } from '../../../../shared/platform/PlatformApi.ts';
import type { AppPlatform } from '../../../platform/AppPlatform.ts';
import { platform } from '../../../platform/platform.ts';

type UpdateShell = Pick<AppPlatform, 'getUpdateStatus' | 'onUpdateStatus' | 'installUpdate'>;

/** "Update available" while it downloads, then "Restart to update"; nothing in a browser or when up to date. */
export function UpdateBanner({ shell = platform }: { shell?: UpdateShell }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<UpdateStatus>({ state: 'unsupported' });
  const [dismissed, setDismissed] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    const stop = shell.onUpdateStatus((next) => setStatus(next));
    shell
      .getUpdateStatus()
      .then((first) => {
        if (live) setStatus((current) => (current.state === 'unsupported' ? first : current));
      })
      .catch(() => undefined);
    return () => {
      live = false;
      stop();
    };
  }, [shell]);

  if (status.state === 'ready' && dismissed !== status.version) {
    return (
      <Alert
        role="status"
        aria-label={t('desktop.updates.region')}
        color="teal"
        icon={<IconDownload size={18} aria-hidden />}
        radius={0}
        py="xs"
      >
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm">{t('desktop.updates.ready', { version: status.version })}</Text>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setDismissed(status.version)}>
              {t('desktop.updates.later')}
            </Button>
            <Button size="xs" onClick={() => void shell.installUpdate()}>
              {t('desktop.updates.restart')}
            </Button>
          </Group>
        </Group>
      </Alert>
    );
  }
  if (status.state === 'available' || status.state === 'downloading') {
    return (
      <Alert role="status" aria-label={t('desktop.updates.region')} color="blue" radius={0} py={6}>
        <Text size="sm">
          {status.state === 'available'
            ? t('desktop.updates.available', { version: status.version })
            : t('desktop.updates.downloading', {
                version: status.version,
                percent: status.percent,
              })}
        </Text>
      </Alert>
    );
  }
  return null;
}
