import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Opportunity } from '../../../../shared/domain/opportunity.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { paths } from '../../../routes.tsx';
import { useMoneyFormat } from '../../pipeline/hooks/useMoneyFormat.ts';
import { useStageName } from '../hooks/useStageName.ts';

/** Deals of an account or contact: name, stage, amount and expected close. */
export function OpportunityTable({ rows }: { rows: Opportunity[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const formatMoney = useMoneyFormat();
  const stageName = useStageName();
  return (
    <Table verticalSpacing="xs" aria-label={t('pipeline.accounts.opportunities')}>
      <Table.Tbody>
        {rows.map((opportunity) => (
          <Table.Tr key={opportunity.id}>
            <Table.Td>
              <Anchor component={Link} to={paths.opportunity(opportunity.id)} size="sm" fw={600}>
                {opportunity.name}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" size="sm">
                {stageName(opportunity.stage)}
              </Badge>
            </Table.Td>
            <Table.Td fz="sm" ta="right">
              {formatMoney(opportunity.amount)}
            </Table.Td>
            <Table.Td fz="sm" c="dimmed">
              {format.date(opportunity.expectedCloseDate)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
