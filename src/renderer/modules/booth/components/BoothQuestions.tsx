import { Button, Group, Kbd, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  QualificationAnswer,
  QualificationQuestion,
} from '../../../../shared/domain/event.ts';
import { toggleOption } from '../utils/answerKeys.ts';

export type BoothQuestionsProps = {
  questions: readonly QualificationQuestion[];
  answers: readonly QualificationAnswer[];
  activeIndex: number;
  onActivate: (index: number) => void;
  onAnswer: (answer: QualificationAnswer, advance: boolean) => void;
};

type Choice = { key: string; label: string; selected: boolean; answer: QualificationAnswer };

function choicesOf(
  question: QualificationQuestion,
  answer: QualificationAnswer | undefined,
  words: { yes: string; no: string },
): Choice[] {
  const questionId = question.id;
  switch (question.type) {
    case 'single':
      return question.options.map((option, i) => ({
        key: String(i + 1),
        label: option.label,
        selected: answer?.optionIds?.includes(option.id) ?? false,
        answer: { questionId, optionIds: [option.id] },
      }));
    case 'multiple':
      return question.options.map((option, i) => ({
        key: String(i + 1),
        label: option.label,
        selected: answer?.optionIds?.includes(option.id) ?? false,
        answer: toggleOption(question, answer, option.id),
      }));
    case 'yesno':
      return [
        {
          key: 'Y',
          label: words.yes,
          selected: answer?.yes === true,
          answer: { questionId, yes: true },
        },
        {
          key: 'N',
          label: words.no,
          selected: answer?.yes === false,
          answer: { questionId, yes: false },
        },
      ];
    case 'rating':
      return Array.from({ length: question.ratingMax ?? 5 }, (_v, i) => ({
        key: String(i + 1),
        label: String(i + 1),
        selected: answer?.rating === i + 1,
        answer: { questionId, rating: i + 1 },
      }));
    case 'text':
      return [];
  }
}

/** The event's questions, one highlighted at a time; keys or taps answer (labels show the key). */
export function BoothQuestions({
  questions,
  answers,
  activeIndex,
  onActivate,
  onAnswer,
}: BoothQuestionsProps) {
  const { t } = useTranslation();
  const words = { yes: t('events.booth.yes'), no: t('events.booth.no') };
  if (questions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('events.booth.noQuestions')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {questions.map((question, index) => {
        const answer = answers.find((item) => item.questionId === question.id);
        const active = index === activeIndex;
        const prompt = `${index + 1}. ${question.prompt}${question.required ? ' *' : ''}`;
        return (
          <Paper
            key={question.id}
            component="fieldset"
            aria-label={question.prompt}
            withBorder
            radius="md"
            p="sm"
            m={0}
            onClick={() => onActivate(index)}
            style={{
              borderColor: active ? 'var(--mantine-color-blue-filled)' : undefined,
              borderWidth: active ? 2 : 1,
              minWidth: 0,
            }}
          >
            <Text component="legend" size="sm" fw={600} px={4}>
              {prompt}
            </Text>
            {question.type === 'text' ? (
              <TextInput
                aria-label={question.prompt}
                placeholder={t('events.booth.answerText')}
                value={answer?.text ?? ''}
                onFocus={() => onActivate(index)}
                onChange={(event) =>
                  onAnswer({ questionId: question.id, text: event.currentTarget.value }, false)
                }
                maxLength={2000}
              />
            ) : (
              <Group gap={6}>
                {choicesOf(question, answer, words).map((choice) => (
                  <Button
                    key={choice.key}
                    size="compact-md"
                    variant={choice.selected ? 'filled' : 'default'}
                    aria-pressed={choice.selected}
                    onClick={(event) => {
                      event.stopPropagation();
                      onActivate(index);
                      onAnswer(choice.answer, question.type !== 'multiple');
                    }}
                    leftSection={
                      active ? (
                        <Kbd size="xs" aria-hidden>
                          {choice.key}
                        </Kbd>
                      ) : undefined
                    }
                  >
                    {choice.label}
                  </Button>
                ))}
              </Group>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
