import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CreditHoldStatus } from '../../../../shared/billing/creditHold.ts';
import type { Account } from '../../../../shared/domain/account.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';

/** Why the account is on credit hold, so whoever cannot confirm its order knows whom to ask. */
export function CreditHoldAlert({
  account,
  hold,
}: {
  account: Pick<Account, 'creditLimit'>;
  hold: CreditHoldStatus;
}) {
  const { t, i18n } = useTranslation();
  const money = (amount: number) =>
    account.creditLimit
      ? formatMoney({ amount, currency: account.creditLimit.currency }, i18n.language)
      : '';
  return (
    <Alert color="red" variant="light" mt="lg" title={t('pipeline.accounts.credit.holdTitle')}>
      <List size="sm">
        {hold.reasons.map((reason) => (
          <List.Item key={reason}>
            {t(`pipeline.accounts.credit.reasons.${reason}`, {
              exposure: money(hold.exposure ?? 0),
              limit: money(account.creditLimit?.amount ?? 0),
              days: hold.maxDaysOverdue,
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
