import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConfirmationProblem } from '../../../../shared/orders/confirmOrder.ts';

/** Why the order could not be confirmed, one translated line per problem. */
export function ConfirmationProblems({
  number,
  problems,
}: {
  number: string;
  problems: readonly ConfirmationProblem[];
}) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={t('orders.problems.title', { number })}>
      <List size="sm">
        {problems.map((problem) => (
          <List.Item key={problem}>{t(`orders.problems.${problem}`)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
