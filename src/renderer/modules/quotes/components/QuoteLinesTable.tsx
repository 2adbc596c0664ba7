import { ActionIcon, Table, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineItem } from '../../../../shared/domain/lineItemSchema.ts';
import { type LineTotals, lineAmount } from '../../../../shared/money/computeQuoteTotals.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { formatQuantity } from '../../../../shared/money/quantity.ts';
import {
  moneyInputText,
  parseMoneyInput,
  parsePercentInput,
  parseQuantityInput,
  percentInputText,
  quantityInputText,
} from '../utils/decimalText.ts';
import type { LineDraft } from '../utils/previewLines.ts';

export type QuoteLinesTableProps = {
  lines: LineItem[];
  lineTotals: LineTotals[];
  currency: string;
  editable: boolean;
  drafts: Record<string, LineDraft>;
  onDraft: (lineId: string, draft: LineDraft) => void;
  /** Saves the line's draft (on blur or Enter). */
  onCommit: (lineId: string) => void;
  onRemove: (lineId: string) => void;
};

type Field = keyof LineDraft;

const parsers: Record<Field, (text: string, currency: string) => number | undefined> = {
  quantity: (text) => parseQuantityInput(text),
  unitPrice: (text, currency) => parseMoneyInput(text, currency),
  discount: (text) => parsePercentInput(text),
  tax: (text) => parsePercentInput(text),
};

/** The quote's lines; in a draft every number is editable in place and saved on blur or Enter. */
export function QuoteLinesTable({
  lines,
  lineTotals,
  currency,
  editable,
  drafts,
  onDraft,
  onCommit,
  onRemove,
}: QuoteLinesTableProps) {
  const { t, i18n } = useTranslation();
  const money = (amount: number) => formatMoney({ amount, currency }, i18n.language);

  const saved = (line: LineItem): Record<Field, string> => ({
    quantity: quantityInputText(line.quantityMilli),
    unitPrice: moneyInputText(line.unitPrice, currency),
    discount: percentInputText(line.discountBps),
    tax: percentInputText(line.taxRateBps),
  });

  // A sent quote reads like its document: money with its symbol, percentages with theirs.
  const shown = (line: LineItem): Record<Field, string> => ({
    quantity: formatQuantity(line.quantityMilli, i18n.language),
    unitPrice: money(line.unitPrice),
    discount: line.discountBps > 0 ? `${percentInputText(line.discountBps)}%` : '—',
    tax: `${percentInputText(line.taxRateBps)}%`,
  });

  const handleKeyDown = (lineId: string) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onCommit(lineId);
    }
  };

  const cell = (line: LineItem, index: number, field: Field) => {
    const draft = drafts[line.id]?.[field];
    const value = draft ?? saved(line)[field];
    const invalid = draft !== undefined && parsers[field](draft, currency) === undefined;
    const label = t(`quotes.lines.${field}Of`, { line: index + 1 });
    if (!editable)
      return (
        <Text size="sm" ta="right">
          {shown(line)[field]}
        </Text>
      );
    return (
      <TextInput
        size="xs"
        aria-label={label}
        value={value}
        error={invalid ? t('quotes.lines.invalidNumber') : undefined}
        inputMode="decimal"
        styles={{ input: { textAlign: 'right' } }}
        onChange={(event) =>
          onDraft(line.id, { ...drafts[line.id], [field]: event.currentTarget.value })
        }
        onBlur={() => onCommit(line.id)}
        onKeyDown={handleKeyDown(line.id)}
      />
    );
  };

  if (lines.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md" ta="center">
        {t('quotes.lines.empty')}
      </Text>
    );
  }

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" aria-label={t('quotes.lines.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>#</Table.Th>
            <Table.Th>{t('quotes.lines.description')}</Table.Th>
            <Table.Th w={90} ta="right">
              {t('quotes.lines.quantity')}
            </Table.Th>
            <Table.Th w={120} ta="right">
              {t('quotes.lines.unitPrice')}
            </Table.Th>
            <Table.Th w={100} ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('quotes.lines.discount')}
            </Table.Th>
            <Table.Th w={80} ta="right">
              {t('quotes.lines.tax')}
            </Table.Th>
            <Table.Th w={130} ta="right">
              {t('quotes.lines.net')}
            </Table.Th>
            {editable && <Table.Th w={40} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, index) => (
            <Table.Tr key={line.id}>
              <Table.Td c="dimmed" fz="sm">
                {index + 1}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {line.description}
                </Text>
                {line.sku && (
                  <Text size="xs" c="dimmed">
                    {line.sku}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{cell(line, index, 'quantity')}</Table.Td>
              <Table.Td>{cell(line, index, 'unitPrice')}</Table.Td>
              <Table.Td>{cell(line, index, 'discount')}</Table.Td>
              <Table.Td>{cell(line, index, 'tax')}</Table.Td>
              <Table.Td ta="right" fz="sm" data-testid={`line-net-${index + 1}`}>
                {money(lineTotals[index] ? lineAmount(lineTotals[index]) : 0)}
              </Table.Td>
              {editable && (
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('quotes.lines.remove', { line: index + 1 })}
                    onClick={() => onRemove(line.id)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
