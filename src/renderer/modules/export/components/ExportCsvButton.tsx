import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvTable } from '../../../../shared/intake/toCsv.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { datedFileName, downloadCsv } from '../utils/downloadCsv.ts';

/** One way to export a list: a label for the menu and the table it writes. */
export type ExportCsvOption = {
  id: string;
  label: string;
  table: () => CsvTable | Promise<CsvTable>;
};

export type ExportCsvButtonProps = {
  /** File name without date or extension, e.g. `leads`. */
  fileBase: string;
  /** The first option is what the button itself exports; more options open a menu. */
  options: readonly ExportCsvOption[];
  disabled?: boolean;
};

/**
 * "Export CSV" for any list view: the caller passes the rows it shows (filters applied) as
 * tables in one or more column sets; the file is UTF-8 with a BOM so Excel reads Chinese.
 */
export function ExportCsvButton({ fileBase, options, disabled }: ExportCsvButtonProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [busy, setBusy] = useState(false);

  async function handleExport(option: ExportCsvOption) {
    setBusy(true);
    try {
      const table = await option.table();
      downloadCsv({ name: datedFileName(fileBase, new Date()), table });
      notifications.show({
        message: t('export.done', {
          count: table.rows.length,
          formatted: format.number(table.rows.length),
        }),
      });
    } catch (error) {
      console.error('Export failed', error);
      notifications.show({ color: 'red', message: t('export.failed') });
    } finally {
      setBusy(false);
    }
  }

  const [first] = options;
  if (!first) return null;
  if (options.length === 1) {
    return (
      <Button
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        loading={busy}
        disabled={disabled}
        onClick={() => void handleExport(first)}
      >
        {t('export.button')}
      </Button>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal={false}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          loading={busy}
          disabled={disabled}
        >
          {t('export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('export.menu')}>
        <Menu.Label>{t('export.columns')}</Menu.Label>
        {options.map((option) => (
          <Menu.Item key={option.id} onClick={() => void handleExport(option)}>
            {option.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
