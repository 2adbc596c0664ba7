import { Button, Center, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconDeviceDesktopOff, IconShieldX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeviceEnded, useLocalDataGone } from '../../../data/admin/adminHooks.ts';
import { useLocalDataRemoved } from '../../sync/hooks/useLocalDataRemoved.ts';

/**
 * Replaces the app with an explanation once an administrator wiped this device (its local data
 * is gone) or revoked it (signed out, data kept), until the person has read it.
 */
export function DeviceEndedGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { notice, dismiss } = useDeviceEnded();
  const dataGone = useLocalDataGone();
  const reopen = useLocalDataRemoved();
  if (!notice) return <>{children}</>;
  const wiped = notice.kind === 'device_wiped';
  if (wiped && notice.state === 'removing') {
    return (
      <Center h="100dvh">
        <Loader aria-label={t('admin.deviceEnded.removing')} />
      </Center>
    );
  }
  const handleContinue = () => {
    // The deleted database cannot be used again: the screen stays until a fresh one is open.
    if (dataGone()) {
      dismiss({ keepOnScreen: true });
      reopen();
    } else dismiss();
  };
  return (
    <Center h="100dvh" p="xl">
      <Stack
        maw={520}
        align="center"
        ta="center"
        gap="sm"
        role="alert"
        aria-labelledby="device-ended-title"
      >
        <ThemeIcon
          size={56}
          radius="xl"
          variant="light"
          color={wiped ? 'red' : 'yellow'}
          aria-hidden
        >
          {wiped ? <IconShieldX size={30} /> : <IconDeviceDesktopOff size={30} />}
        </ThemeIcon>
        <Title order={1} fz={24} id="device-ended-title">
          {wiped ? t('admin.deviceEnded.wipedTitle') : t('admin.deviceEnded.revokedTitle')}
        </Title>
        <Text c="dimmed">
          {wiped ? t('admin.deviceEnded.wipedText') : t('admin.deviceEnded.revokedText')}
        </Text>
        <Button onClick={handleContinue}>
          {wiped ? t('admin.deviceEnded.wipedAction') : t('admin.deviceEnded.revokedAction')}
        </Button>
      </Stack>
    </Center>
  );
}
