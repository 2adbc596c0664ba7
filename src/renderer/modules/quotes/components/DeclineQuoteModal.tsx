import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../../shared/domain/quote.ts';

export type DeclineQuoteModalProps = {
  quote: Quote | undefined;
  onClose: () => void;
  /** Resolves true once the decline is saved. */
  onConfirm: (comment: string) => Promise<boolean>;
};

/** The customer turned the quote down: the reason is kept with it, for the pipeline and for later. */
export function DeclineQuoteModal({ quote, onClose, onConfirm }: DeclineQuoteModalProps) {
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
      setError(t('quotes.decline.reasonRequired'));
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
      title={t('quotes.decline.title', { number: quote?.number ?? '' })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Textarea
            label={t('quotes.decline.reason')}
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
              {t('quotes.decline.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
