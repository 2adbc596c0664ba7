import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type StageReasonModalProps = {
  /** 'lost' asks why a deal was lost; 'reopen' why a closed deal opens again. */
  kind: 'lost' | 'reopen' | undefined;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<void>;
};

/** Asks the reason the stage rules need: losing a deal, or reopening a closed one. */
export function StageReasonModal({ kind, onClose, onConfirm }: StageReasonModalProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const handleClose = () => {
    setReason('');
    setError(undefined);
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('pipeline.opportunities.reasonRequired'));
      return;
    }
    setSaving(true);
    try {
      await onConfirm(reason.trim());
      handleClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={kind !== undefined}
      onClose={handleClose}
      title={
        kind === 'reopen'
          ? t('pipeline.opportunities.reopenTitle')
          : t('pipeline.opportunities.lossTitle')
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {kind === 'lost' && (
            <Text size="sm" c="dimmed">
              {t('pipeline.opportunities.lossDescription')}
            </Text>
          )}
          <Textarea
            label={t('pipeline.opportunities.lossReason')}
            placeholder={kind === 'lost' ? t('pipeline.opportunities.lossPlaceholder') : undefined}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setError(undefined);
            }}
            error={error}
            autosize
            minRows={2}
            data-autofocus
            withAsterisk
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={handleClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={kind === 'lost' ? 'red' : undefined} loading={saving}>
              {kind === 'reopen'
                ? t('pipeline.opportunities.reopenConfirm')
                : t('pipeline.opportunities.lossConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
