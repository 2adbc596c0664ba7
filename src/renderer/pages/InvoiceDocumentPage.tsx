import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useInvoiceDocument, useOrderNumber } from '../data/index.ts';
import { InvoiceDocument } from '../modules/invoices/components/InvoiceDocument.tsx';
import { exportQuotePdf } from '../modules/quotes/utils/exportQuotePdf.ts';
import { paths } from '../routes.tsx';
import { PrintFrame } from '../ui/PrintFrame.tsx';

/** The invoice as it prints: no app frame, a toolbar that is not printed, then the sheet. */
export function InvoiceDocumentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const model = useInvoiceDocument(id);
  const orderNumber = useOrderNumber(model?.row.invoice.orderId);
  return (
    <PrintFrame
      backTo={paths.invoice(id)}
      backLabel={t('invoices.document.back')}
      actionLabel={t('invoices.document.exportPdf')}
      actionIcon={<IconFileTypePdf size={16} aria-hidden />}
      onAction={() => void exportQuotePdf(`${model?.row.invoice.number ?? 'invoice'}.pdf`)}
    >
      {model && <InvoiceDocument model={model} {...(orderNumber ? { orderNumber } : {})} />}
    </PrintFrame>
  );
}
