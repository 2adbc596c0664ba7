import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowUp, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  type QualificationQuestion,
  qualificationQuestionTypes,
  questionFillFields,
} from '../../../../shared/domain/event.ts';
import { newId } from '../../../../shared/ids/newId.ts';
import { useCurrencyChoices } from '../../../data/index.ts';
import { OptionFillInput, type OptionValues } from './OptionFillInput.tsx';

// A question that no longer fills a lead field keeps no values on its options.
function withoutFills(question: QualificationQuestion): QualificationQuestion {
  const { fills: _fills, ...rest } = question;
  return {
    ...rest,
    options: rest.options.map(({ id, label }) => ({ id, label })),
  };
}

export type QuestionEditorProps = {
  question: QualificationQuestion;
  index: number;
  readOnly: boolean;
  onChange: (question: QualificationQuestion) => void;
  onRemove: () => void;
  onMoveUp?: () => void;
  /** A problem with the prompt to show under it (settings templates validate on save). */
  promptError?: string;
  /** A problem with the options (too few for a choice question). */
  optionsError?: string;
};

/** One qualification question: prompt, type, required, and its options or highest rating. */
export function QuestionEditor({
  question,
  index,
  readOnly,
  onChange,
  onRemove,
  onMoveUp,
  promptError,
  optionsError,
}: QuestionEditorProps) {
  const { t } = useTranslation();
  const { base: baseCurrency } = useCurrencyChoices();
  const number = index + 1;
  const hasOptions = question.type === 'single' || question.type === 'multiple';
  const fills = question.type === 'single' ? question.fills : undefined;

  const setOptionValues = (optionIndex: number, values: OptionValues) =>
    onChange({
      ...question,
      options: question.options.map((option, i) =>
        i === optionIndex ? { id: option.id, label: option.label, ...values } : option,
      ),
    });

  const setOption = (optionIndex: number, label: string) =>
    onChange({
      ...question,
      options: question.options.map((option, i) =>
        i === optionIndex ? { ...option, label } : option,
      ),
    });

  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('events.editor.prompt', { number })}
            value={question.prompt}
            onChange={(event) => onChange({ ...question, prompt: event.currentTarget.value })}
            readOnly={readOnly}
            maxLength={500}
            required
            error={promptError}
          />
          <Select
            w={170}
            label={t('events.editor.type', { number })}
            data={qualificationQuestionTypes.map((type) => ({
              value: type,
              label: t(`events.questionTypes.${type}`),
            }))}
            value={question.type}
            onChange={(value) => {
              const type = qualificationQuestionTypes.find((item) => item === value);
              if (type)
                onChange({ ...(type === 'single' ? question : withoutFills(question)), type });
            }}
            allowDeselect={false}
            readOnly={readOnly}
          />
          {!readOnly && onMoveUp && (
            <ActionIcon
              variant="subtle"
              size="lg"
              aria-label={t('events.editor.moveUp', { number })}
              onClick={onMoveUp}
            >
              <IconArrowUp size={18} />
            </ActionIcon>
          )}
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('events.editor.removeQuestion', { number })}
              onClick={onRemove}
            >
              <IconTrash size={18} />
            </ActionIcon>
          )}
        </Group>
        <Checkbox
          label={t('events.editor.required')}
          checked={question.required}
          onChange={(event) => onChange({ ...question, required: event.currentTarget.checked })}
          disabled={readOnly}
        />
        {question.type === 'single' && (
          <Select
            w={260}
            label={t('events.editor.fills', { number })}
            description={t('events.editor.fillsHint')}
            data={[
              { value: 'none', label: t('events.editor.fillsNothing') },
              ...questionFillFields.map((field) => ({
                value: field,
                label: t(`events.editor.fillsFields.${field}`),
              })),
            ]}
            value={fills ?? 'none'}
            onChange={(value) => {
              const field = questionFillFields.find((item) => item === value);
              onChange(
                field ? { ...withoutFills(question), fills: field } : withoutFills(question),
              );
            }}
            allowDeselect={false}
            readOnly={readOnly}
          />
        )}
        {question.type === 'rating' && (
          <NumberInput
            w={170}
            label={t('events.editor.ratingMax')}
            min={2}
            max={10}
            value={question.ratingMax ?? 5}
            onChange={(value) =>
              onChange({ ...question, ratingMax: typeof value === 'number' ? value : 5 })
            }
            readOnly={readOnly}
          />
        )}
        {hasOptions && (
          <Stack gap="xs" pl="md">
            {question.options.map((option, optionIndex) => (
              <Group key={option.id} gap="xs" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  aria-label={`${t('events.editor.prompt', { number })} – ${t('events.editor.option', { number: optionIndex + 1 })}`}
                  placeholder={t('events.editor.option', { number: optionIndex + 1 })}
                  value={option.label}
                  onChange={(event) => setOption(optionIndex, event.currentTarget.value)}
                  readOnly={readOnly}
                  maxLength={200}
                />
                {fills && (
                  <OptionFillInput
                    field={fills}
                    option={option}
                    label={t('events.editor.optionFill', {
                      field: t(`events.editor.fillsFields.${fills}`),
                      option: optionIndex + 1,
                      question: number,
                    })}
                    currency={baseCurrency}
                    readOnly={readOnly}
                    onChange={(values) => setOptionValues(optionIndex, values)}
                  />
                )}
                {!readOnly && (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('events.editor.removeOption', { number: optionIndex + 1 })}
                    onClick={() =>
                      onChange({
                        ...question,
                        options: question.options.filter((_o, i) => i !== optionIndex),
                      })
                    }
                  >
                    <IconX size={16} />
                  </ActionIcon>
                )}
              </Group>
            ))}
            {!readOnly && question.options.length < 9 && (
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconPlus size={14} />}
                style={{ alignSelf: 'flex-start' }}
                onClick={() =>
                  onChange({
                    ...question,
                    options: [...question.options, { id: newId(Date.now()), label: '' }],
                  })
                }
              >
                {t('events.editor.addOption')}
              </Button>
            )}
            {optionsError && (
              <Text size="xs" c="red">
                {optionsError}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
