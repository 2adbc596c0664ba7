import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTicketList, useTicketOrder } from '../../../data/index.ts';
import { QuietBoundary } from '../../../ui/QuietBoundary.tsx';
import { SectionCard } from '../../../ui/SectionCard.tsx';
import { NewTicketButton } from './NewTicketButton.tsx';
import { TicketTable } from './TicketTable.tsx';

function AccountTickets({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { rows, now } = useTicketList({ accountId });
  return (
    <SectionCard title={t('tickets.section.title')}>
      <Group justify="flex-end" mb="sm" mt={-48}>
        <NewTicketButton accountId={accountId} variant="default" />
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tickets.section.empty')}
        </Text>
      ) : (
        <TicketTable rows={rows} now={now} showAccount={false} />
      )}
    </SectionCard>
  );
}

function OrderTickets({ orderId, accountId }: { orderId: string; accountId?: string }) {
  const { t } = useTranslation();
  const order = useTicketOrder(orderId);
  const { rows, now } = useTicketList({ orderId, ...(accountId ? { accountId } : {}) });
  return (
    <SectionCard title={t('tickets.section.title')}>
      <Group justify="flex-end" mb="sm" mt={-48}>
        {order && (
          <NewTicketButton
            accountId={order.accountId}
            orderId={orderId}
            label={t('tickets.openTicket')}
            variant="default"
          />
        )}
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tickets.section.empty')}
        </Text>
      ) : (
        <TicketTable rows={rows} now={now} showAccount={false} />
      )}
    </SectionCard>
  );
}

function ContactTickets({
  contactId,
  accountId,
  name,
}: {
  contactId: string;
  accountId: string;
  name: string;
}) {
  const { t } = useTranslation();
  const { rows, now } = useTicketList({ accountId, contactId });
  return (
    <SectionCard title={t('tickets.contactSection.title')}>
      <Group justify="flex-end" mb="sm" mt={-48}>
        <NewTicketButton
          accountId={accountId}
          contactId={contactId}
          label={t('tickets.contactSection.openFor', { name })}
          variant="default"
        />
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tickets.contactSection.empty')}
        </Text>
      ) : (
        <TicketTable rows={rows} now={now} showAccount={false} />
      )}
    </SectionCard>
  );
}

/**
 * A contact's service tickets (found through the customer's index) with "New ticket" for them,
 * for the contact page.
 */
export function ContactTicketsSection(props: {
  contactId: string;
  accountId: string;
  name: string;
}) {
  return (
    <QuietBoundary>
      <ContactTickets {...props} />
    </QuietBoundary>
  );
}

/** An account's service tickets with "New ticket", for the account page. */
export function AccountTicketsSection({ accountId }: { accountId: string }) {
  return (
    <QuietBoundary>
      <AccountTickets accountId={accountId} />
    </QuietBoundary>
  );
}

/**
 * An order's service tickets with "Open ticket" (account and order filled in), for the order
 * page; with the order's account they are found through the account index.
 */
export function OrderTicketsSection({
  orderId,
  accountId,
}: {
  orderId: string;
  accountId?: string;
}) {
  return (
    <QuietBoundary>
      <OrderTickets orderId={orderId} {...(accountId ? { accountId } : {})} />
    </QuietBoundary>
  );
}
