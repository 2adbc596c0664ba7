import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../../shared/domain/lead.ts';
import {
  LeadValidationError,
  useCurrencyChoices,
  useEventOptions,
  useLeadCommands,
} from '../../../data/index.ts';
import { useLeadForm } from '../hooks/useLeadForm.ts';
import { useMarketingConsent } from '../hooks/useMarketingConsent.ts';
import { useNameOrder } from '../hooks/useNameOrder.ts';
import { errorMessage } from '../utils/errorMessage.ts';
import { leadToFormValues } from '../utils/leadFormValues.ts';
import { LeadFormFields } from './LeadFormFields.tsx';
import { LeadQualificationFields } from './LeadQualificationFields.tsx';

export type LeadEditModalProps = { lead: Lead; opened: boolean; onClose: () => void };

export function LeadEditModal({ lead, opened, onClose }: LeadEditModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('leads.detail.editTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && <LeadEditForm lead={lead} onDone={onClose} />}
    </Modal>
  );
}

/** Same fields and rules as capture; mounted fresh each time so it starts from the saved lead. */
function LeadEditForm({ lead, onDone }: { lead: Lead; onDone: () => void }) {
  const { t } = useTranslation();
  const { updateLead } = useLeadCommands();
  const eventOptions = useEventOptions();
  const currencies = useCurrencyChoices();
  const nameOrder = useNameOrder();
  const form = useLeadForm(() => leadToFormValues(lead, currencies.base), {
    nameOrder,
    previousConsent: lead.consent,
  });
  const consent = useMarketingConsent(lead.consent);
  const [saving, setSaving] = useState(false);
  const [invalidAttempts, setInvalidAttempts] = useState(0);

  useEffect(() => {
    if (invalidAttempts === 0) return;
    document.querySelector<HTMLElement>('[data-lead-edit] [aria-invalid="true"]')?.focus();
  }, [invalidAttempts]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const valid = form.validate();
    const draft = valid && consent.withConsent(valid);
    if (!draft) {
      setInvalidAttempts((count) => count + 1);
      return;
    }
    setSaving(true);
    try {
      await updateLead(lead.id, draft);
      notifications.show({ message: t('leads.detail.saved'), color: 'teal', autoClose: 2500 });
      onDone();
    } catch (error) {
      if (error instanceof LeadValidationError) {
        form.showIssues(error.issues);
        setInvalidAttempts((count) => count + 1);
      } else {
        notifications.show({ message: errorMessage(error, t), color: 'red' });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={handleSubmit} noValidate data-lead-edit>
      <Stack gap="xl">
        <LeadFormFields
          form={form}
          eventOptions={eventOptions}
          {...(lead.consent.given ? {} : { consentText: consent.shown })}
        />
        <LeadQualificationFields form={form} currencies={currencies.enabled} />
      </Stack>
      <Group justify="flex-end" gap="sm" mt="xl">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {t('leads.detail.saveChanges')}
        </Button>
      </Group>
    </form>
  );
}
