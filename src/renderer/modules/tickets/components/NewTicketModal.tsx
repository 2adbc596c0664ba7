import {
  Button,
  Group,
  Modal,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket, TicketPriority } from '../../../../shared/domain/ticket.ts';
import { ticketChannels, ticketPriorities } from '../../../../shared/domain/ticket.ts';
import { slaTargetFor } from '../../../../shared/service/serviceLevels.ts';
import {
  useAccountList,
  useContactList,
  useProducts,
  useServiceLevels,
  useTicketCommands,
  useTicketOrderOptions,
} from '../../../data/index.ts';
import { contactDisplayName } from '../../contacts/utils/contactDisplayName.ts';
import { localizedName } from '../../quotes/utils/localizedName.ts';
import { useTicketAction } from '../hooks/useTicketAction.ts';
import { formatDuration } from '../utils/formatDuration.ts';

export type NewTicketModalProps = {
  opened: boolean;
  onClose: () => void;
  /** Fixed when opened from an account or an order page. */
  accountId?: string;
  orderId?: string;
  /** Preselected contact (from a contact page); it can still be changed. */
  contactId?: string;
  onOpened: (ticket: Ticket) => void;
};

type Channel = (typeof ticketChannels)[number];

const isPriority = (value: string): value is TicketPriority =>
  ticketPriorities.some((priority) => priority === value);
const isChannel = (value: string): value is Channel =>
  ticketChannels.some((channel) => channel === value);

/** Opens a ticket for a customer: subject, priority (with its SLA targets), and what it is about. */
export function NewTicketModal(props: NewTicketModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('tickets.form.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      centered
    >
      {props.opened && <NewTicketForm {...props} />}
    </Modal>
  );
}

function NewTicketForm({
  accountId: fixedAccount,
  orderId: fixedOrder,
  contactId: initialContact,
  onClose,
  onOpened,
}: NewTicketModalProps) {
  const { t, i18n } = useTranslation();
  const commands = useTicketCommands();
  const { run, busy } = useTicketAction();
  const [accountId, setAccountId] = useState(fixedAccount ?? '');
  const [contactId, setContactId] = useState(initialContact ?? '');
  const [orderId, setOrderId] = useState(fixedOrder ?? '');
  const [productId, setProductId] = useState<string | null>(null);
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [priority, setPriority] = useState<TicketPriority>('normal');
  const [channel, setChannel] = useState<Channel | ''>('');
  const [errors, setErrors] = useState<{ account?: string; subject?: string }>({});
  const accounts = useAccountList({});
  const contacts = useContactList({ accountId: accountId || '\u0000' });
  const orders = useTicketOrderOptions(accountId || undefined);
  const products = useProducts({ activeOnly: true });
  const { serviceLevels } = useServiceLevels();
  const target = slaTargetFor({ priority, ...(serviceLevels ? { serviceLevels } : {}) });

  const accountOptions = useMemo(
    () => accounts.rows.map((account) => ({ value: account.id, label: account.name })),
    [accounts.rows],
  );
  const productOptions = useMemo(
    () =>
      products.rows.map((product) => ({
        value: product.id,
        label: `${product.sku} · ${localizedName(product.name, i18n.language)}`,
      })),
    [products.rows, i18n.language],
  );

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = {
      ...(accountId ? {} : { account: t('tickets.form.accountRequired') }),
      ...(subject.trim() ? {} : { subject: t('tickets.form.subjectRequired') }),
    };
    setErrors(next);
    if (next.account || next.subject) return;
    const ticket = await run(
      () =>
        commands.openTicket({
          accountId,
          subject,
          description,
          priority,
          ...(contactId ? { contactId } : {}),
          ...(orderId ? { orderId } : {}),
          ...(productId ? { productId } : {}),
          ...(channel ? { channel } : {}),
        }),
      (opened) => t('tickets.form.opened', { number: opened.number }),
    );
    if (ticket) {
      onClose();
      onOpened(ticket);
    }
  };

  const fixedOrderNumber = orders.find((order) => order.id === fixedOrder)?.number;
  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        {fixedAccount ? (
          <TextInput
            label={t('tickets.fields.account')}
            value={accounts.rows.find((account) => account.id === fixedAccount)?.name ?? ''}
            readOnly
          />
        ) : (
          <Select
            label={t('tickets.fields.account')}
            placeholder={t('tickets.form.chooseAccount')}
            searchable
            data={accountOptions}
            value={accountId || null}
            onChange={(value) => {
              setAccountId(value ?? '');
              setContactId('');
              setOrderId('');
              setErrors((current) => ({ ...current, account: undefined }));
            }}
            error={errors.account}
            withAsterisk
          />
        )}
        <TextInput
          label={t('tickets.fields.subject')}
          placeholder={t('tickets.form.subjectPlaceholder')}
          value={subject}
          onChange={(event) => {
            setSubject(event.currentTarget.value);
            setErrors((current) => ({ ...current, subject: undefined }));
          }}
          error={errors.subject}
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('tickets.fields.priority')}
            value={priority}
            data={ticketPriorities.map((value) => ({
              value,
              label: t(`tickets.priorities.${value}`),
            }))}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isPriority(value)) setPriority(value);
            }}
          />
          <NativeSelect
            label={t('tickets.fields.channel')}
            value={channel}
            data={[
              { value: '', label: t('tickets.form.noChannel') },
              ...ticketChannels.map((value) => ({
                value,
                label: t(`tickets.channels.${value}`),
              })),
            ]}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setChannel(isChannel(value) ? value : '');
            }}
          />
          <NativeSelect
            label={t('tickets.fields.contact')}
            value={contactId}
            disabled={!accountId}
            data={[
              { value: '', label: t('tickets.form.noContact') },
              ...contacts.rows.map((contact) => ({
                value: contact.id,
                label: contactDisplayName(contact, t),
              })),
            ]}
            onChange={(event) => setContactId(event.currentTarget.value)}
          />
          {fixedOrder ? (
            <TextInput label={t('tickets.fields.order')} value={fixedOrderNumber ?? ''} readOnly />
          ) : (
            <NativeSelect
              label={t('tickets.fields.order')}
              value={orderId}
              disabled={!accountId}
              data={[
                { value: '', label: t('tickets.form.noOrder') },
                ...orders.map((order) => ({ value: order.id, label: order.number })),
              ]}
              onChange={(event) => setOrderId(event.currentTarget.value)}
            />
          )}
        </SimpleGrid>
        <Select
          label={t('tickets.fields.product')}
          placeholder={t('tickets.form.noProduct')}
          searchable
          clearable
          data={productOptions}
          value={productId}
          onChange={setProductId}
        />
        <Text size="sm" c="dimmed">
          {t('tickets.form.slaHint', {
            priority: t(`tickets.priorities.${priority}`),
            response: formatDuration(target.firstResponseMinutes, t),
            resolution: formatDuration(target.resolutionMinutes, t),
          })}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('tickets.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
