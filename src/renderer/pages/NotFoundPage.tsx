import { Button, Center, EmptyState } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../routes.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center flex={1} p="xl">
      <EmptyState icon={<IconMapOff size={28} stroke={1.5} />} withIndicatorBackground>
        <EmptyState.Title order={2}>{t('app.notFound.title')}</EmptyState.Title>
        <EmptyState.Description>{t('app.notFound.description')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to={paths.leads} variant="default">
            {t('app.notFound.back')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
