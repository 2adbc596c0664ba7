import {
  Alert,
  Box,
  Button,
  Card,
  Checkbox,
  Group,
  Kbd,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldEvent } from '../../../../shared/domain/event.ts';
import { type LeadRating, leadRatings } from '../../../../shared/domain/lead.ts';
import { eventConsentText } from '../../../../shared/intake/boothLeadDraft.ts';
import { businessCardToDraft } from '../../../../shared/intake/parseBusinessCardText.ts';
import { ScanPanel } from '../../scan/components/ScanPanel.tsx';
import { useBoothCapture } from '../hooks/useBoothCapture.ts';
import { answerForKey } from '../utils/answerKeys.ts';
import { isEditableTarget } from '../utils/isEditableTarget.ts';
import { mergeDraftIntoForm } from '../utils/mergeDraftIntoForm.ts';
import { BoothContactFields } from './BoothContactFields.tsx';
import { BoothDuplicatePrompt } from './BoothDuplicatePrompt.tsx';
import { BoothQuestions } from './BoothQuestions.tsx';

const ratingKeys: Readonly<Record<string, LeadRating>> = { h: 'hot', w: 'warm', c: 'cold' };

/** The capture view: scan or type, answer with keys or taps, rate, consent, Enter saves. */
export function BoothView({ event }: { event: FieldEvent }) {
  const { t, i18n } = useTranslation();
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const questionsRef = useRef<HTMLDivElement>(null);
  const capture = useBoothCapture(event, () => firstFieldRef.current?.focus());
  const { form, answers, activeIndex, setActiveIndex, pending } = capture;
  const questions = event.qualificationQuestions;
  const consentText = event.consent
    ? eventConsentText(event.consent, i18n.language.startsWith('zh') ? 'zh' : 'en')
    : '';

  useEffect(() => firstFieldRef.current?.focus(), []);

  const handleKeyDown = (keyEvent: KeyboardEvent<HTMLDivElement>) => {
    const { key, target } = keyEvent;
    if (keyEvent.ctrlKey || keyEvent.metaKey || keyEvent.altKey) return;
    if (target instanceof HTMLElement && target.closest('[data-booth-keys="native"]')) return;
    if (key === 'Escape' && target instanceof HTMLElement && isEditableTarget(target)) {
      target.blur();
      questionsRef.current?.focus();
      return;
    }
    if (key === 'Enter' && !(target instanceof HTMLTextAreaElement)) {
      keyEvent.preventDefault();
      capture.save();
      return;
    }
    if (isEditableTarget(target)) return;
    const rating = ratingKeys[key.toLowerCase()];
    if (rating) {
      keyEvent.preventDefault();
      capture.setRating(rating);
      return;
    }
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      keyEvent.preventDefault();
      const step = key === 'ArrowDown' ? 1 : -1;
      setActiveIndex(Math.max(0, Math.min(questions.length - 1, activeIndex + step)));
      return;
    }
    const question = questions[activeIndex];
    if (!question) return;
    const current = answers.find((item) => item.questionId === question.id);
    const next = answerForKey(question, current, key);
    if (next) {
      keyEvent.preventDefault();
      capture.answer(next, true);
    }
  };

  return (
    <Box onKeyDown={handleKeyDown} p="lg" style={{ flex: 1, overflowY: 'auto' }}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" maw={1400} mx="auto">
        <Stack gap="md">
          {/* The scan buttons keep their own Enter and Space (they open the camera or a file). */}
          <Card withBorder radius="lg" padding="md" data-booth-keys="native">
            <Title order={2} fz="md" mb="sm">
              {t('events.scan.title')}
            </Title>
            <ScanPanel
              onBadge={(badge) => {
                capture.markStarted();
                mergeDraftIntoForm(form, badge.payload.draft);
                questionsRef.current?.focus();
              }}
              onCard={(fields) => {
                capture.markStarted();
                mergeDraftIntoForm(form, businessCardToDraft(fields));
                questionsRef.current?.focus();
              }}
            />
          </Card>
          <Card
            withBorder
            radius="lg"
            padding="md"
            component="section"
            aria-label={t('events.booth.contact')}
          >
            <Title order={2} fz="md" mb="sm">
              {t('events.booth.contact')}
            </Title>
            <BoothContactFields
              form={form}
              firstFieldRef={firstFieldRef}
              onInput={capture.markStarted}
            />
          </Card>
        </Stack>
        <Stack gap="md">
          <Card
            withBorder
            radius="lg"
            padding="md"
            component="section"
            aria-label={t('events.booth.questions')}
          >
            <Group justify="space-between" mb="sm">
              <Title order={2} fz="md">
                {t('events.booth.questions')}
              </Title>
              <Text size="xs" c="dimmed">
                {t('events.booth.questionsHint')}
              </Text>
            </Group>
            <div ref={questionsRef} tabIndex={-1} style={{ outline: 'none' }}>
              <BoothQuestions
                questions={questions}
                answers={answers}
                activeIndex={activeIndex}
                onActivate={setActiveIndex}
                onAnswer={capture.answer}
              />
            </div>
          </Card>
          <Card withBorder radius="lg" padding="md">
            <Stack gap="md">
              <div>
                <Group justify="space-between" mb={6}>
                  <Text id="booth-rating" fw={600} size="sm">
                    {t('events.booth.rating')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('events.booth.ratingHint')}
                  </Text>
                </Group>
                <SegmentedControl
                  fullWidth
                  aria-labelledby="booth-rating"
                  value={form.values.rating ?? ''}
                  onChange={(value) => {
                    const rating = leadRatings.find((item) => item === value);
                    if (rating) capture.setRating(rating);
                  }}
                  data={leadRatings.map((rating) => ({
                    value: rating,
                    label: `${t(`leads.ratings.${rating}`)} (${rating[0]?.toUpperCase()})`,
                  }))}
                />
              </div>
              <Checkbox
                size="md"
                label={t('events.booth.consent')}
                description={
                  event.consent ? (
                    <>
                      {consentText}{' '}
                      <Text span size="xs" c="dimmed">
                        {t('events.booth.consentVersion', { version: event.consent.version })}
                      </Text>
                    </>
                  ) : (
                    t('events.booth.consentMissing')
                  )
                }
                checked={form.values.consent}
                onChange={(change) => form.setField('consent', change.currentTarget.checked)}
              />
            </Stack>
          </Card>
          {capture.formError && (
            <Alert color="red" role="alert" py="xs">
              {capture.formError}
            </Alert>
          )}
          {pending && (
            <BoothDuplicatePrompt
              matches={pending.matches}
              busy={capture.busy}
              onAddVisit={capture.addVisitTo}
              onSaveNew={capture.saveAnyway}
            />
          )}
          <Button
            size="lg"
            onClick={capture.save}
            loading={capture.busy && !pending}
            rightSection={
              <Kbd size="xs" aria-hidden>
                Enter
              </Kbd>
            }
          >
            {t('events.booth.save')}
          </Button>
        </Stack>
      </SimpleGrid>
    </Box>
  );
}
