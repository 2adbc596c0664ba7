import { ActionIcon, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type EditableRowsProps<Row> = {
  label: string;
  rows: readonly Row[];
  columns: readonly string[];
  readOnly: boolean;
  onChange: (rows: Row[]) => void;
  newRow: () => Row;
  /** The cells of one row; `update` patches that row. */
  renderRow: (row: Row, index: number, update: (patch: Partial<Row>) => void) => ReactNode;
  /** Names the row in the remove button's label. */
  rowName: (row: Row, index: number) => string;
};

/** A table of setting rows with add and remove (tax rates, payment terms, templates...). */
export function EditableRows<Row>({
  label,
  rows,
  columns,
  readOnly,
  onChange,
  newRow,
  renderRow,
  rowName,
}: EditableRowsProps<Row>) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label={label} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column}>{column}</Table.Th>
              ))}
              {!readOnly && <Table.Th w={48} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
              <Table.Tr key={index}>
                {renderRow(row, index, (patch) =>
                  onChange(rows.map((item, i) => (i === index ? { ...item, ...patch } : item))),
                )}
                {!readOnly && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('admin.settings.removeRow', { name: rowName(row, index) })}
                      onClick={() => onChange(rows.filter((_, i) => i !== index))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('admin.settings.noRows')}
        </Text>
      )}
      {!readOnly && (
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...rows, newRow()])}
          >
            {t('admin.settings.addRow')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
