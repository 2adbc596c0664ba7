import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuoteStatus } from '../../../../shared/domain/quote.ts';

const colors: Record<QuoteStatus, string> = {
  draft: 'gray',
  pending_approval: 'orange',
  approved: 'teal',
  sent: 'blue',
  accepted: 'green',
  rejected: 'red',
  expired: 'dark',
};

/** A quote's status in words and colour. */
export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status]} size="lg">
      {t(`quotes.statuses.${status}`)}
    </Badge>
  );
}
