import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type SessionUser,
  SignInError,
  type SignInErrorCode,
  useSession,
} from '../../../data/index.ts';
import { type SignInFieldErrors, validateSignIn } from '../utils/validateSignIn.ts';

export type SignInFormProps = {
  /** Prefills the server URL until the person types one. */
  serverUrlGuess?: string;
  deviceName: string;
  onSignedIn: (user: SessionUser) => void;
};

/** Server URL, email and password; server refusals appear above the button in plain words. */
export function SignInForm({ serverUrlGuess, deviceName, onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [serverUrl, setServerUrl] = useState(serverUrlGuess ?? '');
  const [serverUrlTouched, setServerUrlTouched] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const [failure, setFailure] = useState<SignInErrorCode | undefined>();
  const [busy, setBusy] = useState(false);

  // The guess arrives after a health check; it must not overwrite what someone already typed.
  useEffect(() => {
    if (serverUrlGuess && !serverUrlTouched) setServerUrl(serverUrlGuess);
  }, [serverUrlGuess, serverUrlTouched]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = validateSignIn({ serverUrl, email, password });
    setFieldErrors(errors);
    setFailure(undefined);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      const user = await signIn({ serverUrl, email, password, deviceName });
      onSignedIn(user);
    } catch (error) {
      if (error instanceof SignInError) setFailure(error.code);
      else {
        console.error('Sign-in failed', error);
        setFailure('server_error');
      }
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: keyof SignInFieldErrors) => {
    const code = fieldErrors[field];
    return code ? t(`sync.signIn.errors.${code}`) : undefined;
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('sync.signIn.serverUrl')}
          placeholder={t('sync.signIn.serverUrlPlaceholder')}
          type="url"
          autoComplete="url"
          value={serverUrl}
          onChange={(event) => {
            setServerUrlTouched(true);
            setServerUrl(event.currentTarget.value);
          }}
          error={fieldError('serverUrl')}
        />
        <TextInput
          label={t('sync.signIn.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldError('email')}
          data-autofocus
        />
        <PasswordInput
          label={t('sync.signIn.password')}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldError('password')}
        />
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {t(`sync.signIn.errors.${failure}`)}
          </Alert>
        )}
        <Button type="submit" loading={busy} fullWidth>
          {t('sync.signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
