import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuoteDocument } from '../data/index.ts';
import { isSupportedLanguage } from '../i18n/languages.ts';
import { QuoteDocument } from '../modules/quotes/components/QuoteDocument.tsx';
import { exportQuotePdf } from '../modules/quotes/utils/exportQuotePdf.ts';
import { paths } from '../routes.tsx';
import { PrintFrame } from '../ui/PrintFrame.tsx';

/** The quote as it prints: no app frame, a toolbar that is not printed, then the sheet. */
export function QuoteDocumentPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const model = useQuoteDocument(id, isSupportedLanguage(i18n.language) ? i18n.language : 'en');
  return (
    <PrintFrame
      backTo={paths.quote(id)}
      backLabel={t('quotes.document.back')}
      actionLabel={t('quotes.document.exportPdf')}
      actionIcon={<IconFileTypePdf size={16} aria-hidden />}
      onAction={() => void exportQuotePdf(`${model?.quote.number ?? 'quote'}.pdf`)}
    >
      {model && <QuoteDocument model={model} />}
    </PrintFrame>
  );
}
