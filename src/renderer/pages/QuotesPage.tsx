import { Card, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuotes } from '../data/index.ts';
import { QuoteTable } from '../modules/quotes/components/QuoteTable.tsx';

export function QuotesPage() {
  const { t } = useTranslation();
  const { rows, loading } = useQuotes({});
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <div>
        <Title order={1} fz={26}>
          {t('quotes.list.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('quotes.list.subtitle')}
        </Text>
      </div>
      <Card withBorder radius="lg" padding="md">
        {loading && rows.length === 0 ? (
          <Center py="xl">
            <Loader aria-label={t('app.loading')} />
          </Center>
        ) : rows.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" ta="center">
            {t('quotes.list.empty')}
          </Text>
        ) : (
          <QuoteTable rows={rows} />
        )}
      </Card>
    </Stack>
  );
}
