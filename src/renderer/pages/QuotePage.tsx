import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuote } from '../data/index.ts';
import { RecordHistory } from '../modules/admin/components/RecordHistory.tsx';
import { QuoteBuilder } from '../modules/quotes/components/QuoteBuilder.tsx';
import { paths } from '../routes.tsx';
import { DetailFrame } from '../ui/DetailFrame.tsx';

export function QuotePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { quote, loading } = useQuote(id);
  const back = quote?.opportunityId ? paths.opportunity(quote.opportunityId) : paths.quotes;
  return (
    <DetailFrame
      backTo={back}
      backLabel={quote?.opportunityId ? t('quotes.backToOpportunity') : t('quotes.backToList')}
      loading={loading}
      loadingLabel={t('app.loading')}
      found={quote !== undefined}
      notFoundText={t('quotes.notFound')}
    >
      {quote && <QuoteBuilder key={quote.id} quote={quote} />}
      {quote && <RecordHistory collection="quotes" recordId={quote.id} />}
    </DetailFrame>
  );
}
