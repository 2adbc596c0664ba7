import { Button, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type EventQuestionTemplate,
  type EventQuestionTemplatesValue,
  eventQuestionTemplatesValueSchema,
  maxEventQuestions,
} from '../../../../shared/domain/eventQuestionTemplates.ts';
import { QuestionEditor } from '../../events/components/QuestionEditor.tsx';
import { cleanQuestion, newQuestion } from '../../events/utils/eventFormValues.ts';
import { newRowId } from '../utils/numberInput.ts';
import { EditableRows } from './EditableRows.tsx';
import { SettingEditorCard } from './SettingEditorCard.tsx';

export type EventQuestionTemplatesEditorProps = {
  saved: EventQuestionTemplatesValue | undefined;
  canEdit: boolean;
  onSave: (value: EventQuestionTemplatesValue) => Promise<void>;
};

const fallback: EventQuestionTemplatesValue = { kind: 'eventQuestionTemplates', templates: [] };

// Empty options of a choice question are left-overs of editing, not mistakes to point at.
function normalize(value: EventQuestionTemplatesValue): EventQuestionTemplatesValue {
  return {
    ...value,
    templates: value.templates.map((template) => ({
      ...template,
      name: template.name.trim(),
      questions: template.questions.map(cleanQuestion),
    })),
  };
}

/** Named sets of qualification questions an event editor can add in one step. */
export function EventQuestionTemplatesEditor({
  saved,
  canEdit,
  onSave,
}: EventQuestionTemplatesEditorProps) {
  const { t } = useTranslation();
  const k = 'admin.settings.eventQuestionTemplates';
  const [selected, setSelected] = useState(0);
  return (
    <SettingEditorCard
      title={t(`${k}.title`)}
      description={t(`${k}.description`)}
      schema={eventQuestionTemplatesValueSchema}
      saved={saved}
      fallback={fallback}
      canEdit={canEdit}
      onSave={onSave}
      normalize={normalize}
    >
      {({ draft, setDraft, error, readOnly }) => {
        const index = Math.max(0, Math.min(selected, draft.templates.length - 1));
        const template = draft.templates[index];
        const nameOf = (row: EventQuestionTemplate, i: number) =>
          row.name.trim() || t(`${k}.unnamed`, { index: i + 1 });
        const optionsProblem = (i: number, q: number) =>
          error(`templates.${i}.questions.${q}.options`) ? t(`${k}.needsOptions`) : undefined;
        const questionsProblem = (i: number) =>
          error(`templates.${i}.questions`) ??
          draft.templates[i]?.questions
            .flatMap((_question, q) => [
              error(`templates.${i}.questions.${q}.prompt`),
              optionsProblem(i, q),
            ])
            .find((problem) => problem !== undefined);
        const setQuestions = (questions: EventQuestionTemplate['questions']) =>
          setDraft({
            ...draft,
            templates: draft.templates.map((row, i) => (i === index ? { ...row, questions } : row)),
          });
        return (
          <Stack gap="md">
            <EditableRows<EventQuestionTemplate>
              label={t(`${k}.title`)}
              rows={draft.templates}
              columns={[t(`${k}.name`), t(`${k}.questions`), '']}
              readOnly={readOnly}
              onChange={(templates) => {
                if (templates.length > draft.templates.length) setSelected(templates.length - 1);
                setDraft({ ...draft, templates });
              }}
              newRow={() => ({ id: newRowId(), name: '', questions: [newQuestion(Date.now())] })}
              rowName={nameOf}
              renderRow={(row, i, update) => {
                const problem = questionsProblem(i);
                return (
                  <>
                    <Table.Td>
                      <TextInput
                        aria-label={t(`${k}.nameFor`, { index: i + 1 })}
                        value={row.name}
                        disabled={readOnly}
                        maxLength={100}
                        error={error(`templates.${i}.name`)}
                        onChange={(e) => update({ name: e.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {t(`${k}.questionCount`, { count: row.questions.length })}
                      </Text>
                      {problem && (
                        <Text size="xs" c="red">
                          {problem}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant={i === index ? 'light' : 'subtle'}
                        aria-pressed={i === index}
                        aria-label={t(`${k}.showQuestionsOf`, { name: nameOf(row, i) })}
                        onClick={() => setSelected(i)}
                      >
                        {t(`${k}.showQuestions`)}
                      </Button>
                    </Table.Td>
                  </>
                );
              }}
            />
            {template && (
              <Stack
                gap="sm"
                aria-label={t(`${k}.questionsOf`, { name: nameOf(template, index) })}
                role="group"
              >
                <Title order={3} fz="md">
                  {t(`${k}.questionsOf`, { name: nameOf(template, index) })}
                </Title>
                {template.questions.map((question, q) => (
                  <QuestionEditor
                    key={question.id}
                    question={question}
                    index={q}
                    readOnly={readOnly}
                    promptError={error(`templates.${index}.questions.${q}.prompt`)}
                    optionsError={optionsProblem(index, q)}
                    onChange={(next) =>
                      setQuestions(template.questions.map((item, i) => (i === q ? next : item)))
                    }
                    onRemove={() => setQuestions(template.questions.filter((_item, i) => i !== q))}
                    onMoveUp={
                      q === 0
                        ? undefined
                        : () => {
                            const next = [...template.questions];
                            const [moved] = next.splice(q, 1);
                            if (moved) next.splice(q - 1, 0, moved);
                            setQuestions(next);
                          }
                    }
                  />
                ))}
                {error(`templates.${index}.questions`) && (
                  <Text size="sm" c="red">
                    {t(`${k}.needsQuestion`)}
                  </Text>
                )}
                {!readOnly && template.questions.length < maxEventQuestions && (
                  <Button
                    variant="light"
                    size="xs"
                    leftSection={<IconPlus size={14} />}
                    style={{ alignSelf: 'flex-start' }}
                    onClick={() => setQuestions([...template.questions, newQuestion(Date.now())])}
                  >
                    {t(`${k}.addQuestion`)}
                  </Button>
                )}
              </Stack>
            )}
          </Stack>
        );
      }}
    </SettingEditorCard>
  );
}
