import {
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AssignmentMatch,
  AssignmentRule,
  AssignmentRulesValue,
} from '../../../../shared/assignment/assignmentRulesSchema.ts';
import { newId } from '../../../../shared/ids/newId.ts';
import { useCommand } from '../../../ui/useCommand.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';

type Option = { id: string; name: string };
type ListField = 'countries' | 'regions' | 'postalPrefixes' | 'products';
const listFields: ListField[] = ['countries', 'regions', 'postalPrefixes', 'products'];

const splitList = (text: string) =>
  text
    .split(/[,，]/)
    .map((item) => item.trim())
    .filter(Boolean);

export type AssignmentRulesEditorProps = {
  value: AssignmentRulesValue;
  canEdit: boolean;
  users: readonly Option[];
  teams: readonly Option[];
  onSave: (value: AssignmentRulesValue) => Promise<void>;
};

/** Ordered routing rules (territory, product interest, round-robin) and the fallback owner. */
export function AssignmentRulesEditor(props: AssignmentRulesEditorProps) {
  const { value, canEdit, users, teams, onSave } = props;
  const { t } = useTranslation();
  const { run } = useCommand(errorMessage);
  const [rules, setRules] = useState<AssignmentRule[]>(value.rules);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [fallback, setFallback] = useState(value.fallbackOwnerId ?? '');
  useEffect(() => {
    setRules(value.rules);
    setFallback(value.fallbackOwnerId ?? '');
    setTexts({});
  }, [value]);
  const update = (index: number, patch: Partial<AssignmentRule>) =>
    setRules((list) => list.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)));
  const listText = (rule: AssignmentRule, field: ListField) =>
    texts[`${rule.id}:${field}`] ?? (rule.match[field] ?? []).join(', ');
  const setList = (index: number, rule: AssignmentRule, field: ListField, text: string) => {
    setTexts((all) => ({ ...all, [`${rule.id}:${field}`]: text }));
    const match: AssignmentMatch = { ...rule.match, [field]: splitList(text) };
    update(index, { match });
  };
  const userOptions = users.map((user) => ({ value: user.id, label: user.name }));
  const teamOptions = teams.map((team) => ({ value: team.id, label: team.name }));

  const handleAdd = () =>
    setRules((list) => [
      ...list,
      {
        id: newId(Date.now()),
        name: `${t('intake.page.tabs.rules')} ${list.length + 1}`,
        active: true,
        match: {},
        assignTo: teams[0]
          ? { kind: 'roundRobin', teamId: teams[0].id }
          : { kind: 'user', userId: users[0]?.id ?? '' },
      },
    ]);
  const handleSave = async () => {
    await run(
      () =>
        onSave({
          kind: 'assignmentRules',
          rules,
          ...(fallback ? { fallbackOwnerId: fallback } : {}),
        }),
      t('intake.page.saved'),
    );
  };

  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm">
        {rules.length === 0 ? t('intake.rules.empty') : t('intake.rules.order')}
      </Text>
      {rules.map((rule, index) => (
        <Card key={rule.id} withBorder radius="lg" padding="lg">
          <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
            <Group justify="space-between" mb="sm" align="flex-end">
              <TextInput
                label={t('intake.rules.name')}
                value={rule.name}
                onChange={(event) => update(index, { name: event.currentTarget.value })}
                style={{ flex: 1 }}
              />
              <Switch
                label={t('intake.rules.active')}
                checked={rule.active}
                onChange={(event) => update(index, { active: event.currentTarget.checked })}
              />
              <Button
                variant="subtle"
                disabled={index === 0}
                aria-label={t('intake.rules.moveUp', { name: rule.name })}
                onClick={() =>
                  setRules((list) => {
                    const next = [...list];
                    const [moved] = next.splice(index, 1);
                    if (moved) next.splice(index - 1, 0, moved);
                    return next;
                  })
                }
              >
                <IconArrowUp size={16} />
              </Button>
              <Button
                variant="subtle"
                color="red"
                aria-label={t('intake.rules.remove', { name: rule.name })}
                onClick={() => setRules((list) => list.filter((_, i) => i !== index))}
              >
                <IconTrash size={16} />
              </Button>
            </Group>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {listFields.map((field) => (
                <TextInput
                  key={field}
                  label={t(`intake.rules.${field}`)}
                  description={t('intake.rules.listHint')}
                  value={listText(rule, field)}
                  onChange={(event) => setList(index, rule, field, event.currentTarget.value)}
                />
              ))}
              <NativeSelect
                label={t('intake.rules.target')}
                value={rule.assignTo.kind}
                data={[
                  { value: 'user', label: t('intake.rules.targetUser') },
                  { value: 'roundRobin', label: t('intake.rules.targetTeam') },
                ]}
                onChange={(event) =>
                  update(index, {
                    assignTo:
                      event.currentTarget.value === 'user'
                        ? { kind: 'user', userId: users[0]?.id ?? '' }
                        : { kind: 'roundRobin', teamId: teams[0]?.id ?? '' },
                  })
                }
              />
              {rule.assignTo.kind === 'user' ? (
                <NativeSelect
                  label={t('intake.rules.user')}
                  value={rule.assignTo.userId}
                  data={userOptions}
                  onChange={(event) =>
                    update(index, { assignTo: { kind: 'user', userId: event.currentTarget.value } })
                  }
                />
              ) : (
                <NativeSelect
                  label={t('intake.rules.team')}
                  value={rule.assignTo.teamId}
                  data={teamOptions}
                  onChange={(event) =>
                    update(index, {
                      assignTo: { kind: 'roundRobin', teamId: event.currentTarget.value },
                    })
                  }
                />
              )}
            </SimpleGrid>
          </fieldset>
        </Card>
      ))}
      <NativeSelect
        label={t('intake.rules.fallback')}
        description={t('intake.rules.fallbackHint')}
        value={fallback}
        disabled={!canEdit}
        data={[{ value: '', label: '—' }, ...userOptions]}
        onChange={(event) => setFallback(event.currentTarget.value)}
        maw={360}
      />
      {canEdit && (
        <Group>
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={handleAdd}>
            {t('intake.rules.add')}
          </Button>
          <Button onClick={() => void handleSave()}>{t('intake.rules.save')}</Button>
        </Group>
      )}
    </Stack>
  );
}
