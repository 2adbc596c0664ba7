import { Alert, Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConfirmationProblem } from '../../../../shared/orders/confirmOrder.ts';
import { paths } from '../../../routes.tsx';

/** Why the order could not be confirmed, one translated line per problem. */
export function ConfirmationProblems({
  number,
  accountId,
  problems,
}: {
  number: string;
  /** The customer's account: a credit hold links there, where it says why. */
  accountId: string;
  problems: readonly ConfirmationProblem[];
}) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={t('orders.problems.title', { number })}>
      <List size="sm">
        {problems.map((problem) => (
          <List.Item key={problem}>
            {t(`orders.problems.${problem}`)}
            {problem === 'creditHold' && (
              <>
                {' '}
                <Anchor component={Link} to={paths.account(accountId)} size="sm">
                  {t('orders.problems.creditHoldWhy')}
                </Anchor>
              </>
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
