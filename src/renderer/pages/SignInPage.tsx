import { Anchor, Card, Center, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type SessionUser, useSession } from '../data/index.ts';
import { SignInForm } from '../modules/sync/components/SignInForm.tsx';
import { useServerUrlGuess } from '../modules/sync/hooks/useServerUrlGuess.ts';
import { deviceName } from '../modules/sync/utils/deviceName.ts';
import { platform } from '../platform/platform.ts';
import { paths } from '../routes.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session } = useSession();
  const serverUrlGuess = useServerUrlGuess();

  const handleSignedIn = (user: SessionUser) => {
    notifications.show({
      color: 'teal',
      message: t('sync.signIn.signedIn', { name: user.name || user.email }),
    });
    void navigate(paths.leads);
  };

  return (
    <Center flex={1} p={{ base: 'md', sm: 'xl' }}>
      <Card withBorder radius="md" padding="xl" w="100%" maw={440}>
        <Stack gap="lg">
          <Stack gap={6}>
            <Title order={1} fz={24}>
              {t('sync.signIn.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('sync.signIn.description')}
            </Text>
          </Stack>
          {session && (
            <Text size="sm" role="note">
              {t('sync.signIn.alreadySignedIn', {
                name: session.user.name || session.user.email,
                server: session.serverUrl,
              })}
            </Text>
          )}
          <SignInForm
            serverUrlGuess={session?.serverUrl ?? serverUrlGuess}
            deviceName={deviceName({
              userAgent: typeof navigator === 'undefined' ? '' : navigator.userAgent,
              desktop: platform.kind === 'electron',
            })}
            onSignedIn={handleSignedIn}
          />
          <Anchor component={Link} to={paths.leads} size="sm" ta="center">
            {t('sync.signIn.continueOffline')}
          </Anchor>
        </Stack>
      </Card>
    </Center>
  );
}
