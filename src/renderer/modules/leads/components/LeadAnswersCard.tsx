import { Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type {
  QualificationAnswer,
  QualificationQuestion,
} from '../../../../shared/domain/event.ts';
import type { Lead } from '../../../../shared/domain/lead.ts';
import { useEvent } from '../../../data/index.ts';
import { FieldItem } from '../../../ui/FieldItem.tsx';
import { SectionCard } from '../../../ui/SectionCard.tsx';

function answerText(
  answer: QualificationAnswer,
  question: QualificationQuestion | undefined,
  t: TFunction,
): string {
  if (answer.optionIds?.length) {
    return answer.optionIds
      .map((id) => question?.options.find((option) => option.id === id)?.label ?? id)
      .join(', ');
  }
  if (answer.yes !== undefined) return answer.yes ? t('leads.answers.yes') : t('leads.answers.no');
  if (answer.rating !== undefined) {
    return t('leads.answers.rating', { value: answer.rating, max: question?.ratingMax ?? 5 });
  }
  return answer.text ?? '';
}

/** The event a lead was captured at and its answers to the event's qualification questions. */
export function LeadAnswersCard({ lead }: { lead: Pick<Lead, 'eventId' | 'answers'> }) {
  const { t } = useTranslation();
  const { event } = useEvent(lead.eventId);
  const answers = lead.answers ?? [];
  const questions = event?.qualificationQuestions ?? [];
  return (
    <SectionCard title={t('leads.answers.title')}>
      <Stack gap="md">
        <FieldItem label={t('leads.answers.event')}>{event?.name ?? t('common.notSet')}</FieldItem>
        {answers.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('leads.answers.none')}
          </Text>
        ) : (
          answers.map((answer) => {
            const question = questions.find((item) => item.id === answer.questionId);
            return (
              <FieldItem key={answer.questionId} label={question?.prompt ?? answer.questionId}>
                {answerText(answer, question, t)}
              </FieldItem>
            );
          })
        )}
      </Stack>
    </SectionCard>
  );
}
