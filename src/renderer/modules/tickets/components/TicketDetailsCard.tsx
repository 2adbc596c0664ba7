import { Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Ticket, ticketPriorities } from '../../../../shared/domain/ticket.ts';
import {
  useAccount,
  useContact,
  useProduct,
  useTeamMembers,
  useTicketCommands,
  useTicketOrder,
} from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { paths } from '../../../routes.tsx';
import { FieldItem } from '../../../ui/FieldItem.tsx';
import { SectionCard } from '../../../ui/SectionCard.tsx';
import { contactDisplayName } from '../../contacts/utils/contactDisplayName.ts';
import { useOwnerName } from '../../pipeline/hooks/useOwnerName.ts';
import { localizedName } from '../../quotes/utils/localizedName.ts';
import { useTicketAction } from '../hooks/useTicketAction.ts';
import { EditTicketModal } from './EditTicketModal.tsx';

function ContactName({ id }: { id: string }) {
  const { t } = useTranslation();
  const { contact } = useContact(id);
  if (!contact) return <>{t('common.notSet')}</>;
  return (
    <Anchor component={Link} to={paths.contact(id)} size="sm">
      {contactDisplayName(contact, t)}
    </Anchor>
  );
}

function ProductName({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { product } = useProduct(id);
  return (
    <>
      {product
        ? `${product.sku} · ${localizedName(product.name, i18n.language)}`
        : t('common.notSet')}
    </>
  );
}

function OrderNumber({ id }: { id: string }) {
  const order = useTicketOrder(id);
  if (!order) return <>…</>;
  return (
    <Anchor component={Link} to={paths.order(id)} size="sm">
      {order.number}
    </Anchor>
  );
}

/** What a ticket is about and who works it; priority and assignee can be changed here. */
export function TicketDetailsCard({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { account } = useAccount(ticket.accountId);
  const members = useTeamMembers();
  const ownerName = useOwnerName();
  const commands = useTicketCommands();
  const { run, busy } = useTicketAction();
  const [editing, setEditing] = useState(false);
  const notSet = t('common.notSet');
  const done = t('tickets.detail.saved');
  const assignees = [
    { value: '', label: t('tickets.detail.unassigned') },
    ...members.map((member) => ({ value: member.id, label: ownerName(member.id) })),
    ...(ticket.assigneeId && !members.some((member) => member.id === ticket.assigneeId)
      ? [{ value: ticket.assigneeId, label: ownerName(ticket.assigneeId) }]
      : []),
  ];

  return (
    <SectionCard title={t('tickets.detail.details')}>
      <Group justify="flex-end" mt={-48} mb="sm">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPencil size={14} aria-hidden />}
          onClick={() => setEditing(true)}
        >
          {t('tickets.edit.open')}
        </Button>
      </Group>
      <EditTicketModal ticket={ticket} opened={editing} onClose={() => setEditing(false)} />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('tickets.detail.changePriority')}
            value={ticket.priority}
            disabled={busy || ticket.status === 'closed'}
            data={ticketPriorities.map((value) => ({
              value,
              label: t(`tickets.priorities.${value}`),
            }))}
            onChange={(event) => {
              const value = ticketPriorities.find((item) => item === event.currentTarget.value);
              if (value)
                void run(
                  () => commands.setPriority(ticket.id, value),
                  () => done,
                );
            }}
          />
          <NativeSelect
            label={t('tickets.detail.assign')}
            value={ticket.assigneeId ?? ''}
            disabled={busy}
            data={assignees}
            onChange={(event) => {
              const value = event.currentTarget.value;
              void run(
                () => commands.assign(ticket.id, value || undefined),
                () => done,
              );
            }}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          <FieldItem label={t('tickets.fields.account')}>
            {account ? (
              <Anchor component={Link} to={paths.account(account.id)} size="sm">
                {account.name}
              </Anchor>
            ) : (
              notSet
            )}
          </FieldItem>
          <FieldItem label={t('tickets.fields.contact')}>
            {ticket.contactId ? <ContactName id={ticket.contactId} /> : notSet}
          </FieldItem>
          <FieldItem label={t('tickets.fields.order')}>
            {ticket.orderId ? <OrderNumber id={ticket.orderId} /> : notSet}
          </FieldItem>
          <FieldItem label={t('tickets.fields.product')}>
            {ticket.productId ? <ProductName id={ticket.productId} /> : notSet}
          </FieldItem>
          <FieldItem label={t('tickets.fields.channel')}>
            {ticket.channel ? t(`tickets.channels.${ticket.channel}`) : notSet}
          </FieldItem>
          <FieldItem label={t('tickets.fields.openedAt')}>
            {format.dateTime(ticket.createdAt)}
          </FieldItem>
          {ticket.closedAt && (
            <FieldItem label={t('tickets.fields.closedAt')}>
              {format.dateTime(ticket.closedAt)}
            </FieldItem>
          )}
        </SimpleGrid>
        <FieldItem label={t('tickets.fields.description')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {ticket.description || notSet}
          </Text>
        </FieldItem>
        {ticket.resolution && (
          <FieldItem label={t('tickets.fields.resolution')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="ticket-resolution">
              {ticket.resolution}
            </Text>
          </FieldItem>
        )}
      </Stack>
    </SectionCard>
  );
}
