import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type DisqualifyLeadModalProps = {
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<void>;
};

/** The workflow needs a reason to disqualify; asking for it here keeps the rule visible. */
export function DisqualifyLeadModal({ opened, onClose, onConfirm }: DisqualifyLeadModalProps) {
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
      setError(t('leads.disqualify.reasonRequired'));
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
      opened={opened}
      onClose={handleClose}
      title={t('leads.disqualify.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('leads.disqualify.description')}
          </Text>
          <Textarea
            label={t('leads.disqualify.reason')}
            placeholder={t('leads.disqualify.reasonPlaceholder')}
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
            <Button type="submit" color="red" loading={saving}>
              {t('leads.disqualify.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
