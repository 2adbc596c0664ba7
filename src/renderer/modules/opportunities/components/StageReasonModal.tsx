import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../../ui/ReasonModal.tsx';

export type StageReasonModalProps = {
  /** 'lost' asks why a deal was lost; 'reopen' why a closed deal opens again. */
  kind: 'lost' | 'reopen' | undefined;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<void>;
};

/** Asks the reason the stage rules need: losing a deal, or reopening a closed one. */
export function StageReasonModal({ kind, onClose, onConfirm }: StageReasonModalProps) {
  const { t } = useTranslation();
  const lost = kind === 'lost';
  return (
    <ReasonModal
      opened={kind !== undefined}
      title={
        kind === 'reopen'
          ? t('pipeline.opportunities.reopenTitle')
          : t('pipeline.opportunities.lossTitle')
      }
      description={lost ? t('pipeline.opportunities.lossDescription') : undefined}
      label={t('pipeline.opportunities.lossReason')}
      placeholder={lost ? t('pipeline.opportunities.lossPlaceholder') : undefined}
      requiredMessage={t('pipeline.opportunities.reasonRequired')}
      confirmLabel={
        kind === 'reopen'
          ? t('pipeline.opportunities.reopenConfirm')
          : t('pipeline.opportunities.lossConfirm')
      }
      confirmColor={lost ? 'red' : undefined}
      onClose={onClose}
      onConfirm={onConfirm}
    />
  );
}
