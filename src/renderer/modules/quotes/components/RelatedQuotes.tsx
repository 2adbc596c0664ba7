import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuotes } from '../../../data/index.ts';
import { QuietBoundary } from '../../../ui/QuietBoundary.tsx';
import { SectionCard } from '../../../ui/SectionCard.tsx';
import { NewQuoteButton } from './NewQuoteButton.tsx';
import { QuoteTable } from './QuoteTable.tsx';

export type RelatedQuotesProps = {
  accountId: string;
  opportunityId?: string;
  currency: string;
};

/**
 * The quotes of an opportunity or account, with "New quote", for their detail pages. A database
 * opened without quotes (some screens' tests) leaves the section out instead of the page.
 */
export function RelatedQuotes(props: RelatedQuotesProps) {
  return (
    <QuietBoundary>
      <RelatedQuotesSection {...props} />
    </QuietBoundary>
  );
}

function RelatedQuotesSection({ accountId, opportunityId, currency }: RelatedQuotesProps) {
  const { t } = useTranslation();
  const { rows } = useQuotes(opportunityId ? { opportunityId } : { accountId });
  return (
    <SectionCard title={t('quotes.list.title')}>
      <Group justify="flex-end" mb="sm" mt={-48}>
        <NewQuoteButton accountId={accountId} opportunityId={opportunityId} currency={currency} />
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('quotes.list.none')}
        </Text>
      ) : (
        <QuoteTable rows={rows} showAccount={false} />
      )}
    </SectionCard>
  );
}
