import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useReminderLetter } from '../data/index.ts';
import { ReminderLetter } from '../modules/invoices/components/ReminderLetter.tsx';
import { paths } from '../routes.tsx';
import { PrintFrame } from '../ui/PrintFrame.tsx';

/** The payment reminder as it prints: no app frame, a toolbar that is not printed, then the letter. */
export function InvoiceReminderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const model = useReminderLetter(id);
  return (
    <PrintFrame
      backTo={paths.invoice(id)}
      backLabel={t('invoices.letter.back')}
      actionLabel={t('invoices.letter.print')}
      actionIcon={<IconPrinter size={16} aria-hidden />}
      onAction={() => window.print()}
    >
      {model && <ReminderLetter model={model} />}
    </PrintFrame>
  );
}
