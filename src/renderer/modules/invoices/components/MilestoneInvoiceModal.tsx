import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePercentInput } from '../../quotes/utils/decimalText.ts';

/** Asks for a milestone's name and its share of the order before billing it. */
export function MilestoneInvoiceModal({
  opened,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  onClose: () => void;
  /** Resolves true when the invoice was made (the dialog then closes). */
  onSubmit: (params: { label: string; percentBps: number }) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [percent, setPercent] = useState('');
  const [errors, setErrors] = useState<{ label?: string; percent?: string }>({});
  const [saving, setSaving] = useState(false);

  const handleClose = () => {
    setLabel('');
    setPercent('');
    setErrors({});
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const percentBps = parsePercentInput(percent);
    const next = {
      ...(label.trim() ? {} : { label: t('invoices.order.milestoneLabelRequired') }),
      ...(percentBps === undefined || percentBps < 1
        ? { percent: t('invoices.order.milestonePercentInvalid') }
        : {}),
    };
    setErrors(next);
    if (Object.keys(next).length > 0 || percentBps === undefined) return;
    setSaving(true);
    try {
      if (await onSubmit({ label: label.trim(), percentBps })) handleClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={handleClose}
      title={t('invoices.order.milestoneTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('invoices.order.milestoneLabel')}
            placeholder={t('invoices.order.milestonePlaceholder')}
            value={label}
            maxLength={200}
            onChange={(event) => setLabel(event.currentTarget.value)}
            error={errors.label}
            withAsterisk
            data-autofocus
          />
          <TextInput
            label={t('invoices.order.milestonePercent')}
            inputMode="decimal"
            value={percent}
            onChange={(event) => setPercent(event.currentTarget.value)}
            error={errors.percent}
            withAsterisk
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={handleClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('invoices.order.milestoneSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
