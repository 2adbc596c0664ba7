import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../../shared/domain/quote.ts';
import { ReasonModal } from '../../../ui/ReasonModal.tsx';

export type DeclineQuoteModalProps = {
  quote: Quote | undefined;
  onClose: () => void;
  /** Resolves true once the decline is saved. */
  onConfirm: (reason: string) => Promise<boolean>;
};

/** The customer turned the quote down: the reason is kept with it, for the pipeline and for later. */
export function DeclineQuoteModal({ quote, onClose, onConfirm }: DeclineQuoteModalProps) {
  const { t } = useTranslation();
  return (
    <ReasonModal
      opened={quote !== undefined}
      title={t('quotes.decline.title', { number: quote?.number ?? '' })}
      label={t('quotes.decline.reason')}
      requiredMessage={t('quotes.decline.reasonRequired')}
      confirmLabel={t('quotes.decline.confirm')}
      confirmColor="red"
      onClose={onClose}
      onConfirm={onConfirm}
    />
  );
}
