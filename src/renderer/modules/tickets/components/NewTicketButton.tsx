import { Button } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../routes.tsx';
import { NewTicketModal } from './NewTicketModal.tsx';

export type NewTicketButtonProps = {
  accountId?: string;
  orderId?: string;
  /** The customer's contact to start from (from a contact page). */
  contactId?: string;
  /** The button's text; "New ticket" unless told ("Open ticket" on an order). */
  label?: string;
  variant?: 'filled' | 'default' | 'light';
};

/** Opens the new-ticket dialog (account or order fixed when given), then the new ticket. */
export function NewTicketButton({
  accountId,
  orderId,
  contactId,
  label,
  variant,
}: NewTicketButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        leftSection={<IconLifebuoy size={16} aria-hidden />}
        variant={variant}
        onClick={() => setOpened(true)}
      >
        {label ?? t('tickets.newTicket')}
      </Button>
      <NewTicketModal
        opened={opened}
        onClose={() => setOpened(false)}
        {...(accountId ? { accountId } : {})}
        {...(orderId ? { orderId } : {})}
        {...(contactId ? { contactId } : {})}
        onOpened={(ticket) => void navigate(paths.ticket(ticket.id))}
      />
    </>
  );
}
