import { Alert, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import { diffValueText, type SettingChange, settingDiff } from '../utils/settingDiff.ts';

export type SettingEditorApi<V> = {
  draft: V;
  setDraft: (next: V) => void;
  /** The translated problem at a dotted path (`rates.0.rateBps`), once the person tried to save. */
  error: (path: string) => string | undefined;
  readOnly: boolean;
};

export type SettingEditorCardProps<V> = {
  title: string;
  description: string;
  schema: z.ZodType<V>;
  /** The stored value; undefined when none is stored yet. */
  saved: V | undefined;
  /** Shown (and diffed against) when nothing is stored. */
  fallback: V;
  canEdit: boolean;
  onSave: (value: V) => Promise<void>;
  /** Tidies the draft before it is checked (trims, drops empty rows); the inputs keep theirs. */
  normalize?: (draft: V) => V;
  /**
   * Rules beyond the schema, checked once it passes: translated problems at dotted paths (asked
   * again on every render, so they follow a language switch).
   */
  check?: (value: V) => Array<{ path: string; message: string }>;
  children: (editor: SettingEditorApi<V>) => ReactNode;
};

/**
 * The frame of every settings editor: validates the draft with the shared schema, shows what
 * changes (before → after) for confirmation, then saves; the setting syncs to every device.
 */
export function SettingEditorCard<V>({
  title,
  description,
  schema,
  saved,
  fallback,
  canEdit,
  onSave,
  normalize,
  check,
  children,
}: SettingEditorCardProps<V>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<V>();
  const [issues, setIssues] = useState<Map<string, string>>();
  // The value `check` refused at the last review; its problems are shown until the next one.
  const [refused, setRefused] = useState<V>();
  const [review, setReview] = useState<{ value: V; changes: SettingChange[] }>();
  const [saving, setSaving] = useState(false);
  const current = draft ?? saved ?? fallback;

  const problems = new Map(
    refused !== undefined ? check?.(refused).map((problem) => [problem.path, problem.message]) : [],
  );
  const error = (path: string) => {
    const code = issues?.get(path);
    return code
      ? t(`admin.settings.errors.${code}`, { defaultValue: t('admin.settings.errors.invalid') })
      : problems.get(path);
  };
  const issueCount = issues?.size ?? problems.size;

  const handleReview = () => {
    const parsed = schema.safeParse(normalize ? normalize(current) : current);
    if (!parsed.success) {
      setIssues(new Map(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.code])));
      setRefused(undefined);
      return;
    }
    if ((check?.(parsed.data) ?? []).length > 0) {
      setIssues(undefined);
      setRefused(parsed.data);
      return;
    }
    setRefused(undefined);
    setIssues(undefined);
    // JSON drops fields left undefined (an emptied optional field), as the database would.
    const value = JSON.parse(JSON.stringify(parsed.data)) as V;
    setReview({ value, changes: settingDiff(saved ?? fallback, value) });
  };
  const handleSave = async () => {
    if (!review) return;
    setSaving(true);
    try {
      await onSave(review.value);
      setDraft(undefined);
      setReview(undefined);
      notifications.show({ color: 'teal', message: t('admin.settings.saved', { title }) });
    } catch (failure) {
      notifications.show({ color: 'red', message: errorMessage(failure, t) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <div>
          <Title order={2} fz={18}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {!canEdit && (
          <Alert icon={<IconLock size={18} />} color="gray" variant="light">
            {t('admin.settings.readOnly')}
          </Alert>
        )}
        {issueCount > 0 && (
          <Alert icon={<IconAlertCircle size={18} />} color="red" variant="light" role="alert">
            {t('admin.settings.fixErrors', { count: issueCount })}
          </Alert>
        )}
        {children({
          draft: current,
          setDraft: (next) => {
            setDraft(next);
          },
          error,
          readOnly: !canEdit,
        })}
        {canEdit && (
          <Group justify="flex-end" gap="sm">
            {draft !== undefined && (
              <Button
                variant="subtle"
                color="gray"
                onClick={() => {
                  setDraft(undefined);
                  setIssues(undefined);
                  setRefused(undefined);
                }}
              >
                {t('admin.settings.reset')}
              </Button>
            )}
            <Button onClick={handleReview} disabled={draft === undefined}>
              {t('admin.settings.review')}
            </Button>
          </Group>
        )}
      </Stack>
      <Modal
        opened={review !== undefined}
        onClose={() => setReview(undefined)}
        title={t('admin.settings.reviewTitle', { title })}
        size="lg"
      >
        <Stack gap="sm">
          {review && review.changes.length === 0 ? (
            <Text size="sm">{t('admin.settings.noChanges')}</Text>
          ) : (
            <Table aria-label={t('admin.settings.changes')} verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.settings.field')}</Table.Th>
                  <Table.Th>{t('admin.settings.before')}</Table.Th>
                  <Table.Th>{t('admin.settings.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {review?.changes.map((change) => (
                  <Table.Tr key={change.path}>
                    <Table.Td ff="monospace">{change.path}</Table.Td>
                    <Table.Td c="dimmed">{diffValueText(change.before)}</Table.Td>
                    <Table.Td>{diffValueText(change.after)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Text size="xs" c="dimmed">
            {t('admin.settings.syncNote')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReview(undefined)}>
              {t('admin.common.cancel')}
            </Button>
            <Button
              loading={saving}
              disabled={review?.changes.length === 0}
              onClick={() => void handleSave()}
            >
              {t('admin.settings.confirmSave')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
