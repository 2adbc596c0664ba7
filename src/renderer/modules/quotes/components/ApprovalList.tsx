import { Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../../shared/domain/quote.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { useAccountNames, useQuoteCommands } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { paths } from '../../../routes.tsx';
import { DocumentNumberLink } from '../../../ui/DocumentNumberLink.tsx';
import { AccountNameLink } from '../../accounts/components/AccountNameLink.tsx';
import { useOwnerName } from '../../pipeline/hooks/useOwnerName.ts';
import { useQuoteAction } from '../hooks/useQuoteAction.ts';
import { percentInputText } from '../utils/decimalText.ts';
import { maxDiscountBps } from '../utils/maxDiscountBps.ts';
import { RejectApprovalModal } from './RejectApprovalModal.tsx';

/** Quotes waiting for this manager's decision: approve at once, or reject with a comment. */
export function ApprovalList({ rows }: { rows: Quote[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const accountNames = useAccountNames();
  const ownerName = useOwnerName();
  const { decideApproval } = useQuoteCommands();
  const { run, busy } = useQuoteAction();
  const [rejecting, setRejecting] = useState<Quote>();

  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md" ta="center">
        {t('quotes.approvals.empty')}
      </Text>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" aria-label={t('quotes.approvals.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quotes.list.number')}</Table.Th>
              <Table.Th>{t('quotes.list.account')}</Table.Th>
              <Table.Th style={{ whiteSpace: 'nowrap' }}>
                {t('quotes.approvals.requestedBy')}
              </Table.Th>
              <Table.Th>{t('quotes.approvals.reason')}</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('quotes.approvals.maxDiscount')}
              </Table.Th>
              <Table.Th ta="right">{t('quotes.totals.total')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((quote) => (
              <Table.Tr key={quote.id} aria-label={quote.number}>
                <Table.Td>
                  <DocumentNumberLink to={paths.quote(quote.id)}>{quote.number}</DocumentNumberLink>
                </Table.Td>
                <Table.Td fz="sm">
                  <AccountNameLink
                    accountId={quote.accountId}
                    name={accountNames.get(quote.accountId)}
                  />
                </Table.Td>
                <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                  {quote.approval ? ownerName(quote.approval.requestedBy) : t('common.notSet')}
                  {quote.approval && (
                    <Text size="xs" c="dimmed">
                      {format.dateTime(quote.approval.requestedAt)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td fz="sm" maw={320}>
                  <Text size="sm" lineClamp={3} title={quote.approval?.reason}>
                    {quote.approval?.reason?.trim() || t('common.notSet')}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" fz="sm">
                  {percentInputText(maxDiscountBps(quote))} %
                </Table.Td>
                <Table.Td ta="right" fz="sm" fw={600}>
                  {formatMoney(
                    { amount: quote.totals.total, currency: quote.currency },
                    i18n.language,
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      color="green"
                      disabled={busy}
                      aria-label={t('quotes.approvals.approveQuote', { number: quote.number })}
                      onClick={() =>
                        void run(
                          () => decideApproval(quote.id, { decision: 'approved' }),
                          t('quotes.approvals.approved', { number: quote.number }),
                        )
                      }
                    >
                      {t('quotes.approvals.approve')}
                    </Button>
                    <Button
                      size="compact-sm"
                      color="red"
                      variant="light"
                      disabled={busy}
                      aria-label={t('quotes.approvals.rejectQuote', { number: quote.number })}
                      onClick={() => setRejecting(quote)}
                    >
                      {t('quotes.approvals.reject')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RejectApprovalModal
        quote={rejecting}
        onClose={() => setRejecting(undefined)}
        onConfirm={async (comment) => {
          if (!rejecting) return false;
          const done = await run(
            () => decideApproval(rejecting.id, { decision: 'rejected', comment }),
            t('quotes.approvals.rejected', { number: rejecting.number }),
          );
          return done !== undefined;
        }}
      />
    </>
  );
}
