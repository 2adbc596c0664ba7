import { Accordion, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../../shared/domain/quote.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { formatQuantity } from '../../../../shared/money/quantity.ts';
import { quoteVersions } from '../../../../shared/quotes/quoteVersions.ts';
import { percentInputText } from '../utils/decimalText.ts';
import { QuoteStatusBadge } from './QuoteStatusBadge.tsx';

/** Every earlier version of the quote, read-only, as the customer saw it. */
export function QuoteVersionsPanel({ quote }: { quote: Quote }) {
  const { t, i18n } = useTranslation();
  const earlier = quoteVersions(quote).filter((view) => !view.current);
  const money = (amount: number) =>
    formatMoney({ amount, currency: quote.currency }, i18n.language);
  if (earlier.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('quotes.versions.none')}
      </Text>
    );
  }
  return (
    <Accordion variant="separated" chevronPosition="left">
      {earlier.reverse().map((view) => (
        <Accordion.Item key={view.version} value={String(view.version)}>
          <Accordion.Control aria-label={t('quotes.versions.label', { version: view.version })}>
            <Group justify="space-between" wrap="nowrap" pr="sm">
              <Text size="sm" fw={600}>
                {t('quotes.versions.label', { version: view.version })}
              </Text>
              <Group gap="sm" wrap="nowrap">
                <QuoteStatusBadge status={view.status} />
                <Text size="sm">{money(view.totals.total)}</Text>
              </Group>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Table fz="sm" aria-label={t('quotes.versions.label', { version: view.version })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('quotes.lines.description')}</Table.Th>
                  <Table.Th ta="right">{t('quotes.lines.quantity')}</Table.Th>
                  <Table.Th ta="right">{t('quotes.lines.unitPrice')}</Table.Th>
                  <Table.Th ta="right">{t('quotes.lines.discount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.lines.map((line) => (
                  <Table.Tr key={line.id}>
                    <Table.Td>{line.description}</Table.Td>
                    <Table.Td ta="right">
                      {formatQuantity(line.quantityMilli, i18n.language)}
                    </Table.Td>
                    <Table.Td ta="right">{money(line.unitPrice)}</Table.Td>
                    <Table.Td ta="right">{percentInputText(line.discountBps)} %</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed" mt="xs">
              {t('quotes.versions.summary', {
                discount: percentInputText(view.orderDiscountBps),
                validUntil: view.validUntil,
              })}
            </Text>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
