import {
  Alert,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTemplate } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKinds, type FieldEvent } from '../../../../shared/domain/event.ts';
import type { EventQuestionTemplate } from '../../../../shared/domain/eventQuestionTemplates.ts';
import { useEventQuestionTemplates } from '../../../data/events/useEventQuestionTemplates.ts';
import { useEventCommands, useTeams } from '../../../data/index.ts';
import { SectionCard } from '../../../ui/SectionCard.tsx';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import {
  type EventFormValues,
  formValuesToEventInput,
  newQuestion,
} from '../utils/eventFormValues.ts';
import { questionsFromTemplate } from '../utils/questionsFromTemplate.ts';
import { QuestionEditor } from './QuestionEditor.tsx';
import { QuestionTemplateMenu } from './QuestionTemplateMenu.tsx';

export type EventEditorFormProps = {
  initial: EventFormValues;
  /** The event being edited; undefined when creating one. */
  eventId?: string;
  readOnly: boolean;
  onSaved: (event: FieldEvent) => void;
};

type TextField = {
  [K in keyof EventFormValues]: EventFormValues[K] extends string ? K : never;
}[keyof EventFormValues];

const currencies = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP'];

/** Edits an event: details, cost, team, consent text (zh/en + version) and qualification questions. */
export function EventEditorForm({ initial, eventId, readOnly, onSaved }: EventEditorFormProps) {
  const { t } = useTranslation();
  const { createEvent, updateEvent } = useEventCommands();
  const teams = useTeams();
  const templates = useEventQuestionTemplates();
  const [values, setValues] = useState(initial);
  const [costError, setCostError] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const text = (key: TextField) => ({
    value: values[key],
    onChange: (event: { currentTarget: { value: string } }) => {
      const { value } = event.currentTarget;
      setValues((current) => ({ ...current, [key]: value }));
    },
    readOnly,
  });

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = formValuesToEventInput(values);
    setCostError(!result.ok);
    if (!result.ok) return;
    setSaving(true);
    setFailure(undefined);
    try {
      const saved = eventId
        ? await updateEvent(eventId, result.input)
        : await createEvent(result.input);
      notifications.show({ message: t('events.editor.saved'), color: 'teal', autoClose: 2000 });
      onSaved(saved);
    } catch (error) {
      const message = errorMessage(error, t);
      setFailure(message === t('errors.unknown') ? t('events.editor.invalid') : message);
    } finally {
      setSaving(false);
    }
  };

  const questions = values.questions;
  const setQuestions = (next: typeof questions) => set('questions', next);
  const handleAddTemplate = (template: EventQuestionTemplate) => {
    const result = questionsFromTemplate({ current: questions, template, nowMs: Date.now() });
    setQuestions(result.questions);
    notifications.show({
      message:
        result.added > 0
          ? t('events.editor.templateAdded', { count: result.added, name: template.name })
          : t('events.editor.templateNothingNew', { name: template.name }),
      color: result.added > 0 ? 'teal' : 'gray',
      autoClose: 3000,
    });
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="lg">
        {readOnly && <Alert color="gray">{t('events.editor.readOnly')}</Alert>}
        <SectionCard title={t('events.editor.details')}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('events.editor.name')}
                required
                maxLength={200}
                {...text('name')}
              />
              <Select
                label={t('events.editor.kind')}
                data={eventKinds.map((kind) => ({ value: kind, label: t(`events.kinds.${kind}`) }))}
                value={values.kind}
                onChange={(value) => {
                  const kind = eventKinds.find((item) => item === value);
                  if (kind) set('kind', kind);
                }}
                allowDeselect={false}
                readOnly={readOnly}
              />
              <TextInput label={t('events.editor.venue')} maxLength={300} {...text('venue')} />
              <TextInput label={t('events.editor.city')} maxLength={100} {...text('city')} />
              <TextInput
                type="date"
                label={t('events.editor.startsOn')}
                required
                {...text('startsOn')}
              />
              <TextInput
                type="date"
                label={t('events.editor.endsOn')}
                required
                {...text('endsOn')}
              />
              <Group grow align="flex-start">
                <TextInput
                  label={t('events.editor.costAmount')}
                  inputMode="decimal"
                  error={costError ? t('events.editor.invalid') : undefined}
                  {...text('costAmount')}
                />
                <Select
                  label={t('events.editor.costCurrency')}
                  data={currencies}
                  value={values.costCurrency}
                  onChange={(value) => value && set('costCurrency', value)}
                  allowDeselect={false}
                  readOnly={readOnly}
                />
              </Group>
              <Select
                label={t('events.editor.team')}
                placeholder={t('events.editor.noTeam')}
                data={teams.map((team) => ({ value: team.id, label: team.name }))}
                value={values.teamId}
                onChange={(value) => set('teamId', value)}
                clearable
                readOnly={readOnly}
              />
              <TextInput label={t('events.editor.code')} maxLength={50} {...text('code')} />
            </SimpleGrid>
            <Textarea label={t('events.editor.notes')} autosize minRows={2} {...text('notes')} />
          </Stack>
        </SectionCard>

        <SectionCard title={t('events.editor.consent')}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('events.editor.consentDescription')}
            </Text>
            <TextInput
              w={200}
              label={t('events.editor.consentVersion')}
              maxLength={40}
              {...text('consentVersion')}
            />
            <Textarea
              label={t('events.editor.consentEn')}
              autosize
              minRows={2}
              maxLength={2000}
              {...text('consentEn')}
            />
            <Textarea
              label={t('events.editor.consentZh')}
              autosize
              minRows={2}
              maxLength={2000}
              {...text('consentZh')}
            />
          </Stack>
        </SectionCard>

        <SectionCard title={t('events.editor.questions')}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('events.editor.questionsDescription')}
            </Text>
            {questions.map((question, index) => (
              <QuestionEditor
                key={question.id}
                question={question}
                index={index}
                readOnly={readOnly}
                onChange={(next) =>
                  setQuestions(questions.map((item, i) => (i === index ? next : item)))
                }
                onRemove={() => setQuestions(questions.filter((_item, i) => i !== index))}
                onMoveUp={
                  index === 0
                    ? undefined
                    : () => {
                        const next = [...questions];
                        const [moved] = next.splice(index, 1);
                        if (moved) next.splice(index - 1, 0, moved);
                        setQuestions(next);
                      }
                }
              />
            ))}
            {!readOnly && (
              <Group gap="sm">
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} />}
                  onClick={() => setQuestions([...questions, newQuestion(Date.now())])}
                >
                  {t('events.editor.addQuestion')}
                </Button>
                <QuestionTemplateMenu
                  templates={templates}
                  icon={<IconTemplate size={16} />}
                  onPick={handleAddTemplate}
                />
              </Group>
            )}
          </Stack>
        </SectionCard>

        {failure && (
          <Alert color="red" role="alert" title={t('events.editor.failed')}>
            {failure}
          </Alert>
        )}
        {!readOnly && (
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              {t('events.editor.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
