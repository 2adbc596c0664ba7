import { Button, Center, Group, Loader } from '@mantine/core';
import { IconArrowLeft, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useInvoiceDocument, useOrderNumber } from '../data/index.ts';
import { InvoiceDocument } from '../modules/invoices/components/InvoiceDocument.tsx';
import { exportQuotePdf } from '../modules/quotes/utils/exportQuotePdf.ts';
import { paths } from '../routes.tsx';

/** The invoice as it prints: no app frame, a toolbar that is not printed, then the sheet. */
export function InvoiceDocumentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const model = useInvoiceDocument(id);
  const orderNumber = useOrderNumber(model?.row.invoice.orderId);
  return (
    <div style={{ minHeight: '100dvh', background: 'var(--fb-canvas)' }} className="fb-print-page">
      <Group justify="space-between" p="md" className="fb-no-print">
        <Button
          component={Link}
          to={paths.invoice(id)}
          variant="subtle"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
        >
          {t('invoices.document.back')}
        </Button>
        <Button
          leftSection={<IconFileTypePdf size={16} aria-hidden />}
          disabled={!model}
          onClick={() => void exportQuotePdf(`${model?.row.invoice.number ?? 'invoice'}.pdf`)}
        >
          {t('invoices.document.exportPdf')}
        </Button>
      </Group>
      {model ? (
        <div className="fb-print-area">
          <InvoiceDocument model={model} {...(orderNumber ? { orderNumber } : {})} />
        </div>
      ) : (
        <Center py="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
    </div>
  );
}
