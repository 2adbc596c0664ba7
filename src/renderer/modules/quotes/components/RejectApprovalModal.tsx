import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../../shared/domain/quote.ts';
import { ReasonModal } from '../../../ui/ReasonModal.tsx';

export type RejectApprovalModalProps = {
  quote: Quote | undefined;
  onClose: () => void;
  /** Resolves true once the rejection is saved. */
  onConfirm: (comment: string) => Promise<boolean>;
};

/** Rejecting a discount needs a comment, so the rep knows what to change. */
export function RejectApprovalModal({ quote, onClose, onConfirm }: RejectApprovalModalProps) {
  const { t } = useTranslation();
  return (
    <ReasonModal
      opened={quote !== undefined}
      title={t('quotes.approvals.rejectTitle', { number: quote?.number ?? '' })}
      label={t('quotes.approvals.comment')}
      requiredMessage={t('quotes.approvals.commentRequired')}
      confirmLabel={t('quotes.approvals.reject')}
      confirmColor="red"
      onClose={onClose}
      onConfirm={onConfirm}
    />
  );
}
