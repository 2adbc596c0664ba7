import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../../shared/domain/quote.ts';

export type RejectApprovalModalProps = {
  quote: Quote | undefined;
  onClose: () => void;
  /** Resolves true once the rejection is saved. */
  onConfirm: (comment: string) => Promise<boolean>;
};

/** Rejecting a discount needs a comment, so the rep knows what to change. */
export function RejectApprovalModal({ quote, onClose, onConfirm }: RejectApprovalModalProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const handleClose = () => {
    setComment('');
    setError(undefined);
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!comment.trim()) {
      setError(t('quotes.approvals.commentRequired'));
      return;
    }
    setSaving(true);
    try {
      if (await onConfirm(comment.trim())) handleClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={quote !== undefined}
      onClose={handleClose}
      title={t('quotes.approvals.rejectTitle', { number: quote?.number ?? '' })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Textarea
            label={t('quotes.approvals.comment')}
            value={comment}
            onChange={(event) => {
              setComment(event.currentTarget.value);
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
              {t('quotes.approvals.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
