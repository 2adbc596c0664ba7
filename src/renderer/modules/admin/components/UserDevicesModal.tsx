import { Alert, Badge, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminApi, AdminDevice, AdminUser } from '../../../data/admin/adminApi.ts';
import { useAdminQuery } from '../hooks/useAdminQuery.ts';
import { adminErrorText } from '../utils/adminErrorText.ts';
import { formatDateTime } from '../utils/formatDateTime.ts';

export type UserDevicesModalProps = {
  api: AdminApi;
  user: AdminUser | undefined;
  onClose: () => void;
};

type Pending = { device: AdminDevice; wipe: boolean };

/** A user's devices with their last sync and app version; revoke one, or revoke and wipe it. */
export function UserDevicesModal({ api, user, onClose }: UserDevicesModalProps) {
  const { t, i18n } = useTranslation();
  const devices = useAdminQuery(
    `devices:${user?.id ?? ''}`,
    user ? () => api.listDevices(user.id) : undefined,
  );
  const [pending, setPending] = useState<Pending>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const handleConfirm = async () => {
    if (!user || !pending) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await api.revokeDevice(user.id, pending.device.deviceId, { wipe: pending.wipe });
      setPending(undefined);
      devices.reload();
    } catch (error) {
      setFailure(adminErrorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={user !== undefined}
      onClose={onClose}
      title={t('admin.devices.title', { name: user?.name ?? '' })}
      size="xl"
    >
      <Stack gap="sm">
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {failure}
          </Alert>
        )}
        {devices.loading && <Loader aria-label={t('admin.common.loading')} />}
        {devices.error !== undefined && (
          <Alert color="red" variant="light">
            {adminErrorText(devices.error, t)}
          </Alert>
        )}
        {devices.value?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('admin.devices.none')}
          </Text>
        )}
        {devices.value && devices.value.length > 0 && (
          <Table aria-label={t('admin.devices.table')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.devices.name')}</Table.Th>
                <Table.Th>{t('admin.devices.lastSync')}</Table.Th>
                <Table.Th>{t('admin.devices.appVersion')}</Table.Th>
                <Table.Th>{t('admin.devices.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {devices.value.map((device) => (
                <Table.Tr key={device.deviceId}>
                  <Table.Td>{device.deviceName}</Table.Td>
                  <Table.Td>
                    {device.lastSeenAt
                      ? formatDateTime(device.lastSeenAt, i18n.language)
                      : t('admin.common.never')}
                  </Table.Td>
                  <Table.Td>
                    {!device.appVersion
                      ? '—'
                      : device.appPlatform
                        ? t('admin.devices.appBuild', {
                            version: device.appVersion,
                            platform: t(`admin.devices.platforms.${device.appPlatform}`),
                          })
                        : device.appVersion}
                  </Table.Td>
                  <Table.Td>
                    {device.wiped ? (
                      <Badge color="red" variant="light">
                        {t('admin.devices.wiped')}
                      </Badge>
                    ) : device.revoked ? (
                      <Badge color="gray" variant="light">
                        {t('admin.devices.revoked')}
                      </Badge>
                    ) : (
                      <Badge color="teal" variant="light">
                        {t('admin.devices.active')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {!device.revoked && (
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('admin.devices.revokeFor', { name: device.deviceName })}
                          onClick={() => setPending({ device, wipe: false })}
                        >
                          {t('admin.devices.revoke')}
                        </Button>
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          aria-label={t('admin.devices.wipeFor', { name: device.deviceName })}
                          onClick={() => setPending({ device, wipe: true })}
                        >
                          {t('admin.devices.wipe')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {pending && (
          <Alert
            color={pending.wipe ? 'red' : 'yellow'}
            variant="light"
            role="alertdialog"
            aria-label={t('admin.devices.confirmTitle')}
          >
            <Text size="sm">
              {pending.wipe
                ? t('admin.devices.confirmWipe', { name: pending.device.deviceName })
                : t('admin.devices.confirmRevoke', { name: pending.device.deviceName })}
            </Text>
            <Group gap="xs" mt="sm">
              <Button size="xs" variant="default" onClick={() => setPending(undefined)}>
                {t('admin.common.cancel')}
              </Button>
              <Button
                size="xs"
                color={pending.wipe ? 'red' : 'yellow'}
                loading={busy}
                onClick={() => void handleConfirm()}
              >
                {pending.wipe
                  ? t('admin.devices.confirmWipeAction')
                  : t('admin.devices.confirmRevokeAction')}
              </Button>
            </Group>
          </Alert>
        )}
      </Stack>
    </Modal>
  );
}
