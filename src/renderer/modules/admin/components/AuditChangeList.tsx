import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditFieldChange } from '../../../../shared/audit/auditEntry.ts';
import { diffValueText } from '../../settings/utils/settingDiff.ts';

/** The fields an audit entry changed: `field: before → after`. */
export function AuditChangeList({ changes }: { changes: readonly AuditFieldChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <List size="sm" spacing={2} listStyleType="none" withPadding={false}>
      {changes.map((change) => (
        <List.Item key={change.field}>
          <Text span ff="monospace" fz="xs">
            {change.field}
          </Text>
          {': '}
          <Text span c="dimmed" td={change.before === undefined ? undefined : 'line-through'}>
            {change.before === undefined ? t('admin.audit.none') : diffValueText(change.before)}
          </Text>
          {' → '}
          <Text span fw={500}>
            {change.after === undefined ? t('admin.audit.removed') : diffValueText(change.after)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
