import { Alert, Stack } from '@mantine/core';
import { IconLock, IconPlugConnectedX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/domain/roles.ts';
import type { AdminApi } from '../../../data/admin/adminApi.ts';
import { useAdminApi } from '../../../data/admin/adminHooks.ts';
import { useCurrentUser } from '../../../data/index.ts';

export type AdminAccessProps = {
  /** Roles that may see the page; the server checks again on every request. */
  roles: readonly Role[];
  children: (api: AdminApi) => ReactNode;
};

/** Renders an admin page only for the right roles, signed in and online; says why otherwise. */
export function AdminAccess({ roles, children }: AdminAccessProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const admin = useAdminApi();
  let message: string | undefined;
  if (!roles.includes(user.role)) message = t('admin.access.role');
  else if (admin.state === 'signedOut') message = t('admin.access.signedOut');
  else if (admin.state === 'offline') message = t('admin.access.offline');
  if (message || !admin.api) {
    return (
      <Stack p={{ base: 'md', sm: 'lg' }} maw={720}>
        {message && (
          <Alert
            color="gray"
            variant="light"
            icon={
              admin.state === 'offline' ? <IconPlugConnectedX size={18} /> : <IconLock size={18} />
            }
          >
            {message}
          </Alert>
        )}
      </Stack>
    );
  }
  return <>{children(admin.api)}</>;
}
