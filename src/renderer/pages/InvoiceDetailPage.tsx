import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useInvoice, useInvoiceToday } from '../data/index.ts';
import { InvoiceDetail } from '../modules/invoices/components/InvoiceDetail.tsx';
import { paths } from '../routes.tsx';
import { DetailFrame } from '../ui/DetailFrame.tsx';

export function InvoiceDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { row, loading } = useInvoice(id);
  const today = useInvoiceToday();
  return (
    <DetailFrame
      backTo={paths.invoices}
      backLabel={t('invoices.backToList')}
      loading={loading}
      loadingLabel={t('app.loading')}
      found={row !== undefined}
      notFoundText={t('invoices.notFound')}
    >
      {row && <InvoiceDetail key={row.invoice.id} row={row} today={today} />}
    </DetailFrame>
  );
}
