import { Button, Center, Group, Loader } from '@mantine/core';
import { IconArrowLeft, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuoteDocument } from '../data/index.ts';
import { isSupportedLanguage } from '../i18n/languages.ts';
import { QuoteDocument } from '../modules/quotes/components/QuoteDocument.tsx';
import { exportQuotePdf } from '../modules/quotes/utils/exportQuotePdf.ts';
import { paths } from '../routes.tsx';

/** The quote as it prints: no app frame, a toolbar that is not printed, then the sheet. */
export function QuoteDocumentPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const model = useQuoteDocument(id, isSupportedLanguage(i18n.language) ? i18n.language : 'en');
  return (
    <div style={{ minHeight: '100dvh', background: 'var(--fb-canvas)' }} className="fb-print-page">
      <Group justify="space-between" p="md" className="fb-no-print">
        <Button
          component={Link}
          to={paths.quote(id)}
          variant="subtle"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
        >
          {t('quotes.document.back')}
        </Button>
        <Button
          leftSection={<IconFileTypePdf size={16} aria-hidden />}
          disabled={!model}
          onClick={() => void exportQuotePdf(`${model?.quote.number ?? 'quote'}.pdf`)}
        >
          {t('quotes.document.exportPdf')}
        </Button>
      </Group>
      {model ? (
        <div className="fb-print-area">
          <QuoteDocument model={model} />
        </div>
      ) : (
        <Center py="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
    </div>
  );
}
