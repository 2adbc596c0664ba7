import { Checkbox, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account.ts';
import type { Contact } from '../../../../shared/domain/contact.ts';
import { useContactCommands } from '../../../data/index.ts';
import { FormActions } from '../../../ui/FormActions.tsx';
import { useCommand } from '../../../ui/useCommand.ts';
import { useFormFields } from '../../../ui/useFormFields.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import {
  type ContactFormError,
  contactFormErrors,
  contactFormValues,
  contactFromForm,
} from '../utils/contactForm.ts';

export type ContactEditModalProps = {
  /** The account the person works at (its country reads phone numbers without +). */
  account: Pick<Account, 'id' | 'name' | 'country'>;
  /** The contact to edit; without one the dialog adds a person to the account. */
  contact?: Contact;
  opened: boolean;
  onClose: () => void;
};

/** Adds a person to an account or edits one: name, title, how to reach them, primary contact. */
export function ContactEditModal({ account, contact, opened, onClose }: ContactEditModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        contact
          ? t('pipeline.contacts.editTitle')
          : t('pipeline.contacts.addTitle', { name: account.name })
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {opened && <ContactForm account={account} contact={contact} onDone={onClose} />}
    </Modal>
  );
}

function ContactForm({
  account,
  contact,
  onDone,
}: {
  account: ContactEditModalProps['account'];
  contact: Contact | undefined;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { createContact, updateContact } = useContactCommands();
  const { values, patch, field, validate } = useFormFields({
    initial: () => contactFormValues(contact),
    describeError: (error: ContactFormError) => t(`pipeline.contacts.errors.${error}`),
  });
  const { run, busy: saving } = useCommand(errorMessage);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!validate(contactFormErrors(values, account.country))) return;
    const saved = await run(async () => {
      const fields = contactFromForm(values);
      if (contact) {
        await updateContact(contact.id, fields);
      } else {
        const { mobile, ...rest } = fields;
        await createContact({ accountId: account.id, ...rest, ...(mobile ? { mobile } : {}) });
      }
      return true;
    }, t('pipeline.contacts.saved'));
    if (saved) onDone();
  };

  // Chinese names are written family name first (王丽), and so are the inputs.
  const familyFirst = i18n.language.startsWith('zh');
  const first = (
    <TextInput
      label={t('leads.fields.firstName')}
      data-autofocus={!familyFirst || undefined}
      {...field('firstName')}
    />
  );
  const last = (
    <TextInput
      label={t('leads.fields.lastName')}
      data-autofocus={familyFirst || undefined}
      {...field('lastName')}
    />
  );
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="md">
          {familyFirst ? last : first}
          {familyFirst ? first : last}
          <TextInput label={t('leads.fields.title')} {...field('title')} />
          <TextInput label={t('leads.fields.email')} type="email" {...field('email')} />
          <TextInput label={t('leads.fields.phone')} type="tel" {...field('phone')} />
          <TextInput label={t('pipeline.contacts.mobile')} type="tel" {...field('mobile')} />
        </SimpleGrid>
        <Checkbox
          label={t('pipeline.contacts.makePrimary')}
          description={t('pipeline.contacts.makePrimaryHint')}
          checked={values.isPrimary}
          onChange={(event) => patch({ isPrimary: event.currentTarget.checked })}
        />
        <Textarea
          label={t('leads.fields.notes')}
          autosize
          minRows={2}
          maxRows={6}
          {...field('notes')}
        />
        <FormActions
          submitLabel={contact ? t('pipeline.contacts.save') : t('pipeline.contacts.add')}
          saving={saving}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
