import { Button, Group } from '@mantine/core';
import {
  IconCheck,
  IconFileTypePdf,
  IconGitBranch,
  IconSend,
  IconSignature,
  IconX,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Quote } from '../../../../shared/domain/quote.ts';
import { paths } from '../../../routes.tsx';
import { CreateOrderFromQuoteButton } from '../../orders/components/CreateOrderFromQuoteButton.tsx';

export type QuoteActionsProps = {
  quote: Quote;
  needsApproval: boolean;
  busy: boolean;
  onRequestApproval: () => void;
  onSend: () => void;
  onRevise: () => void;
  onAccept: () => void;
  onDecline: () => void;
};

const revisable = new Set<Quote['status']>([
  'pending_approval',
  'approved',
  'sent',
  'rejected',
  'expired',
]);

/** The next steps the quote's status allows: request approval or send, revise, record acceptance. */
export function QuoteActions({
  quote,
  needsApproval,
  busy,
  onRequestApproval,
  onSend,
  onRevise,
  onAccept,
  onDecline,
}: QuoteActionsProps) {
  const { t } = useTranslation();
  const empty = quote.lines.length === 0;
  return (
    <Group gap="sm">
      {quote.status === 'draft' && needsApproval && (
        <Button
          leftSection={<IconCheck size={16} aria-hidden />}
          onClick={onRequestApproval}
          loading={busy}
          disabled={empty}
        >
          {t('quotes.actions.requestApproval')}
        </Button>
      )}
      {((quote.status === 'draft' && !needsApproval) || quote.status === 'approved') && (
        <Button
          leftSection={<IconSend size={16} aria-hidden />}
          onClick={onSend}
          loading={busy}
          disabled={empty}
        >
          {t('quotes.actions.send')}
        </Button>
      )}
      {quote.status === 'sent' && (
        <Button
          leftSection={<IconSignature size={16} aria-hidden />}
          onClick={onAccept}
          color="green"
        >
          {t('quotes.actions.accept')}
        </Button>
      )}
      {quote.status === 'sent' && (
        <Button
          variant="default"
          color="red"
          leftSection={<IconX size={16} aria-hidden />}
          onClick={onDecline}
        >
          {t('quotes.actions.decline')}
        </Button>
      )}
      {quote.status === 'accepted' && <CreateOrderFromQuoteButton quote={quote} />}
      {revisable.has(quote.status) && (
        <Button
          variant="default"
          leftSection={<IconGitBranch size={16} aria-hidden />}
          onClick={onRevise}
          loading={busy}
        >
          {t('quotes.actions.revise')}
        </Button>
      )}
      <Button
        component={Link}
        to={paths.quoteDocument(quote.id)}
        variant="default"
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
      >
        {t('quotes.actions.document')}
      </Button>
    </Group>
  );
}
