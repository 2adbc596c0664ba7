import { Alert, Button, Code, CopyButton, Group, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A temporary password, shown this once: the server keeps only its hash. */
export function TemporaryPasswordNotice({ email, password }: { email: string; password: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconKey size={18} />}
      title={t('admin.users.passwordTitle')}
    >
      <Text size="sm">{t('admin.users.passwordOnce', { email })}</Text>
      <Group gap="sm" mt="xs">
        <Code fz="md" aria-label={t('admin.users.temporaryPassword')}>
          {password}
        </Code>
        <CopyButton value={password}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy}>
              {copied ? t('admin.users.copied') : t('admin.users.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}
