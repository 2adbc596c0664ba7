import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../../ui/ReasonModal.tsx';

export type DisqualifyLeadModalProps = {
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<void>;
};

/** The workflow needs a reason to disqualify; asking for it here keeps the rule visible. */
export function DisqualifyLeadModal({ opened, onClose, onConfirm }: DisqualifyLeadModalProps) {
  const { t } = useTranslation();
  return (
    <ReasonModal
      opened={opened}
      title={t('leads.disqualify.title')}
      description={t('leads.disqualify.description')}
      label={t('leads.disqualify.reason')}
      placeholder={t('leads.disqualify.reasonPlaceholder')}
      requiredMessage={t('leads.disqualify.reasonRequired')}
      confirmLabel={t('leads.disqualify.confirm')}
      confirmColor="red"
      onClose={onClose}
      onConfirm={onConfirm}
    />
  );
}
