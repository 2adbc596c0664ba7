import {
  Button,
  Group,
  Modal,
  NativeSelect,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../shared/domain/ticket.ts';
import { useContactList, useProducts, useTicketCommands } from '../../../data/index.ts';
import { contactDisplayName } from '../../contacts/utils/contactDisplayName.ts';
import { localizedName } from '../../quotes/utils/localizedName.ts';
import { useTicketAction } from '../hooks/useTicketAction.ts';

export type EditTicketModalProps = { ticket: Ticket; opened: boolean; onClose: () => void };

/** Corrects what a ticket is about: subject, description, the customer's contact, the product. */
export function EditTicketModal(props: EditTicketModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('tickets.edit.title', { number: props.ticket.number })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      centered
    >
      {props.opened && <EditTicketForm {...props} />}
    </Modal>
  );
}

function EditTicketForm({ ticket, onClose }: EditTicketModalProps) {
  const { t, i18n } = useTranslation();
  const commands = useTicketCommands();
  const { run, busy } = useTicketAction();
  const [subject, setSubject] = useState(ticket.subject);
  const [description, setDescription] = useState(ticket.description);
  const [contactId, setContactId] = useState(ticket.contactId ?? '');
  const [productId, setProductId] = useState<string | null>(ticket.productId ?? null);
  const [subjectError, setSubjectError] = useState<string>();
  const contacts = useContactList({ accountId: ticket.accountId });
  const products = useProducts({});
  const productOptions = useMemo(
    () =>
      products.rows
        .filter((product) => product.active || product.id === ticket.productId)
        .map((product) => ({
          value: product.id,
          label: `${product.sku} · ${localizedName(product.name, i18n.language)}`,
        })),
    [products.rows, i18n.language, ticket.productId],
  );

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!subject.trim()) {
      setSubjectError(t('tickets.form.subjectRequired'));
      return;
    }
    const saved = await run(
      () =>
        commands.editDetails(ticket.id, {
          subject,
          description,
          ...(contactId ? { contactId } : {}),
          ...(productId ? { productId } : {}),
        }),
      () => t('tickets.detail.saved'),
    );
    if (saved) onClose();
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('tickets.fields.subject')}
          value={subject}
          onChange={(event) => {
            setSubject(event.currentTarget.value);
            setSubjectError(undefined);
          }}
          error={subjectError}
          maxLength={200}
          withAsterisk
          data-autofocus
        />
        <Textarea
          label={t('tickets.fields.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={10}
        />
        <NativeSelect
          label={t('tickets.fields.contact')}
          value={contactId}
          data={[
            { value: '', label: t('tickets.form.noContact') },
            ...contacts.rows.map((contact) => ({
              value: contact.id,
              label: contactDisplayName(contact, t),
            })),
          ]}
          onChange={(event) => setContactId(event.currentTarget.value)}
        />
        <Select
          label={t('tickets.fields.product')}
          placeholder={t('tickets.form.noProduct')}
          searchable
          clearable
          data={productOptions}
          value={productId}
          onChange={setProductId}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('tickets.edit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
