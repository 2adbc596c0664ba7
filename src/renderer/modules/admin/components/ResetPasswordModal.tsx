import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminApi, AdminUser } from '../../../data/admin/adminApi.ts';
import { adminErrorText } from '../utils/adminErrorText.ts';
import { temporaryPassword } from '../utils/temporaryPassword.ts';
import { TemporaryPasswordNotice } from './TemporaryPasswordNotice.tsx';

/** Sets a new temporary password for a user and shows it once. */
export function ResetPasswordModal({
  api,
  user,
  onClose,
}: {
  api: AdminApi;
  user: AdminUser | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const close = () => {
    setPassword(undefined);
    setFailure(undefined);
    onClose();
  };
  const handleReset = async () => {
    if (!user) return;
    setBusy(true);
    try {
      const next = temporaryPassword();
      await api.resetPassword(user.id, next);
      setPassword(next);
    } catch (error) {
      setFailure(adminErrorText(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened={user !== undefined}
      onClose={close}
      title={t('admin.users.resetTitle', { name: user?.name ?? '' })}
    >
      <Stack gap="sm">
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {failure}
          </Alert>
        )}
        {password && user ? (
          <TemporaryPasswordNotice email={user.email} password={password} />
        ) : (
          <Text size="sm">{t('admin.users.resetExplain')}</Text>
        )}
        <Group justify="flex-end">
          {password ? (
            <Button onClick={close}>{t('admin.common.done')}</Button>
          ) : (
            <>
              <Button variant="default" onClick={close}>
                {t('admin.common.cancel')}
              </Button>
              <Button color="orange" loading={busy} onClick={() => void handleReset()}>
                {t('admin.users.resetAction')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
