import { Button, Center, Group, Loader } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useReminderLetter } from '../data/index.ts';
import { ReminderLetter } from '../modules/invoices/components/ReminderLetter.tsx';
import { paths } from '../routes.tsx';

/** The payment reminder as it prints: no app frame, a toolbar that is not printed, then the letter. */
export function InvoiceReminderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const model = useReminderLetter(id);
  return (
    <div style={{ minHeight: '100dvh', background: 'var(--fb-canvas)' }} className="fb-print-page">
      <Group justify="space-between" p="md" className="fb-no-print">
        <Button
          component={Link}
          to={paths.invoice(id)}
          variant="subtle"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
        >
          {t('invoices.letter.back')}
        </Button>
        <Button
          leftSection={<IconPrinter size={16} aria-hidden />}
          disabled={!model}
          onClick={() => window.print()}
        >
          {t('invoices.letter.print')}
        </Button>
      </Group>
      {model ? (
        <div className="fb-print-area">
          <ReminderLetter model={model} />
        </div>
      ) : (
        <Center py="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
    </div>
  );
}
