import { Switch, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenAtLogin } from '../../../../shared/platform/PlatformApi.ts';
import type { AppPlatform } from '../../../platform/AppPlatform.ts';
import { platform } from '../../../platform/platform.ts';

type LoginItemShell = Pick<AppPlatform, 'kind' | 'getOpenAtLogin' | 'setOpenAtLogin'>;

/** The desktop's "open at sign-in" option; renders nothing in a browser. */
export function OpenAtLoginSwitch({ shell = platform }: { shell?: LoginItemShell }) {
  const { t } = useTranslation();
  const [state, setState] = useState<OpenAtLogin | undefined>();
  useEffect(() => {
    let live = true;
    shell
      .getOpenAtLogin()
      .then((next) => {
        if (live) setState(next);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [shell]);
  if (shell.kind !== 'electron' || !state) return null;
  if (!state.supported) {
    return (
      <Text size="sm" c="dimmed">
        {t('desktop.openAtLogin.unsupported')}
      </Text>
    );
  }
  return (
    <Switch
      label={t('desktop.openAtLogin.label')}
      checked={state.enabled}
      onChange={(event) => {
        void shell.setOpenAtLogin(event.currentTarget.checked).then(setState);
      }}
    />
  );
}
