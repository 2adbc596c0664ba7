import { Anchor, Badge, Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPersonName } from '../../../../shared/text/formatPersonName.ts';
import type { FollowUpLead } from '../../../data/import/useFollowUpLeads.ts';

const ratingColor = { hot: 'red', warm: 'orange', cold: 'blue' } as const;

export type FollowUpTableProps = {
  rows: readonly FollowUpLead[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  ownerName: (id: string) => string;
  leadPath: (id: string) => string;
  selectable: boolean;
};

/** The event's leads by score with owner and follow-up state; rows can be selected to assign. */
export function FollowUpTable({
  rows,
  selected,
  onToggle,
  onToggleAll,
  ownerName,
  leadPath,
  selectable,
}: FollowUpTableProps) {
  const { t } = useTranslation();
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.lead.id));
  return (
    <Table striped highlightOnHover withTableBorder aria-label={t('followUp.leads')}>
      <Table.Thead>
        <Table.Tr>
          {selectable && (
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('followUp.selectAll')}
                checked={allSelected}
                indeterminate={!allSelected && selected.size > 0}
                onChange={onToggleAll}
              />
            </Table.Th>
          )}
          <Table.Th>{t('followUp.columns.name')}</Table.Th>
          <Table.Th>{t('followUp.columns.company')}</Table.Th>
          <Table.Th ta="right">{t('followUp.columns.score')}</Table.Th>
          <Table.Th>{t('followUp.columns.rating')}</Table.Th>
          <Table.Th>{t('followUp.columns.owner')}</Table.Th>
          <Table.Th>{t('followUp.columns.task')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ lead, score, rating, hot }) => {
          const name = formatPersonName(lead) || lead.company;
          return (
            <Table.Tr key={lead.id}>
              {selectable && (
                <Table.Td>
                  <Checkbox
                    aria-label={t('followUp.select', { name })}
                    checked={selected.has(lead.id)}
                    onChange={() => onToggle(lead.id)}
                  />
                </Table.Td>
              )}
              <Table.Td>
                <Anchor component={Link} to={leadPath(lead.id)} fw={500}>
                  {name}
                </Anchor>
              </Table.Td>
              <Table.Td>{lead.company}</Table.Td>
              <Table.Td ta="right">
                <Text fw={600}>{score ?? t('followUp.unscored')}</Text>
              </Table.Td>
              <Table.Td>
                {rating && (
                  <Badge color={ratingColor[rating]} variant="light">
                    {t(`followUp.ratings.${rating}`)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{ownerName(lead.ownerId)}</Table.Td>
              <Table.Td>
                {hot && (
                  <Badge color="green" variant="light" tt="none">
                    {t('followUp.hasTask')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
