import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type ReasonModalProps = {
  opened: boolean;
  title: string;
  description?: string;
  label: string;
  placeholder?: string;
  /** Shown when the person confirms without writing a reason. */
  requiredMessage: string;
  confirmLabel: string;
  confirmColor?: string;
  onClose: () => void;
  /** Saves with the trimmed reason; the dialog stays open when this resolves `false`. */
  onConfirm: (reason: string) => Promise<boolean | undefined> | Promise<void>;
};

/**
 * Asks for the reason a rule requires (disqualifying a lead, losing a deal, rejecting a discount,
 * a customer declining): nothing is saved without one.
 */
export function ReasonModal(props: ReasonModalProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const handleClose = () => {
    setReason('');
    setError(undefined);
    props.onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(props.requiredMessage);
      return;
    }
    setSaving(true);
    try {
      if ((await props.onConfirm(reason.trim())) !== false) handleClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={props.opened}
      onClose={handleClose}
      title={props.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {props.description && (
            <Text size="sm" c="dimmed">
              {props.description}
            </Text>
          )}
          <Textarea
            label={props.label}
            placeholder={props.placeholder}
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
            <Button type="submit" color={props.confirmColor} loading={saving}>
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
