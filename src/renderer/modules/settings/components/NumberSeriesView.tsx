import { Alert, Card, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SettingValue } from '../../../../shared/domain/setting.ts';

type NumberSeries = Extract<SettingValue, { kind: 'numberSeries' }>;

export type NumberSeriesViewProps = {
  value: NumberSeries | undefined;
  /** This device's code for offline numbers, when signed in. */
  deviceCode: string | undefined;
};

/**
 * Number series, read only: devices number documents offline from blocks the server hands out,
 * so changing a prefix or the next number here could issue the same number twice.
 */
export function NumberSeriesView({ value, deviceCode }: NumberSeriesViewProps) {
  const { t } = useTranslation();
  const k = 'admin.settings.numberSeries';
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <div>
          <Title order={2} fz={18}>
            {t(`${k}.title`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`${k}.description`)}
          </Text>
        </div>
        <Alert icon={<IconInfoCircle size={18} />} color="blue" variant="light">
          {t(`${k}.readOnly`)}
        </Alert>
        <Text size="sm">
          {deviceCode ? t(`${k}.deviceCode`, { code: deviceCode }) : t(`${k}.noDeviceCode`)}
        </Text>
        {value && value.series.length > 0 ? (
          <Table aria-label={t(`${k}.title`)} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t(`${k}.document`)}</Table.Th>
                <Table.Th>{t(`${k}.prefix`)}</Table.Th>
                <Table.Th>{t(`${k}.includeYear`)}</Table.Th>
                <Table.Th>{t(`${k}.padding`)}</Table.Th>
                <Table.Th>{t(`${k}.nextNumber`)}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.series.map((series) => (
                <Table.Tr key={series.document}>
                  <Table.Td>{t(`${k}.documents.${series.document}`)}</Table.Td>
                  <Table.Td ff="monospace">{series.prefix}</Table.Td>
                  <Table.Td>
                    {series.includeYear ? t('admin.common.yes') : t('admin.common.no')}
                  </Table.Td>
                  <Table.Td>{series.padding}</Table.Td>
                  <Table.Td>{series.nextNumber}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {t(`${k}.none`)}
          </Text>
        )}
        {value?.nextDeviceIndex !== undefined && (
          <Text size="sm" c="dimmed">
            {t(`${k}.devicesIssued`, { count: value.nextDeviceIndex })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
