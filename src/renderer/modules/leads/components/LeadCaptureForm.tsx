import { Box, Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Lead } from '../../../../shared/domain/lead.ts';
import type { LeadDraftInput } from '../../../../shared/domain/leadDraft.ts';
import {
  LeadValidationError,
  useDuplicateCheck,
  useEventOptions,
  useLeadCommands,
  useQualificationCommands,
} from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';
import {
  DuplicateWarning,
  type DuplicateWarningMatch,
} from '../../qualification/components/DuplicateWarning.tsx';
import { useLeadForm } from '../hooks/useLeadForm.ts';
import { useMarketingConsent } from '../hooks/useMarketingConsent.ts';
import { useNameOrder } from '../hooks/useNameOrder.ts';
import { errorMessage } from '../utils/errorMessage.ts';
import { leadDisplayName } from '../utils/leadDisplayName.ts';
import { emptyLeadFormValues } from '../utils/leadFormValues.ts';
import { LeadFormFields } from './LeadFormFields.tsx';

/**
 * Keyboard-first capture: Enter saves, the form clears and the first field takes focus again, so
 * a rep at a booth can type lead after lead without touching the mouse.
 */
export function LeadCaptureForm({ onLeave }: { onLeave?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { createLead } = useLeadCommands();
  const { mergeLeads } = useQualificationCommands();
  const checkDuplicates = useDuplicateCheck();
  const [duplicates, setDuplicates] = useState<DuplicateWarningMatch[]>([]);
  const [merging, setMerging] = useState(false);
  const eventOptions = useEventOptions();
  const nameOrder = useNameOrder();
  const form = useLeadForm(() => emptyLeadFormValues(), { nameOrder });
  const consent = useMarketingConsent();
  const [savedCount, setSavedCount] = useState(0);
  const [invalidAttempts, setInvalidAttempts] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const firstFieldRef = useRef<HTMLInputElement>(null);

  // After a refused save, take the person to the first field that needs them.
  useEffect(() => {
    if (invalidAttempts === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalidAttempts]);

  // A warning is about the values it was shown for; editing them asks again on the next save.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the values change.
  useEffect(() => setDuplicates((current) => (current.length === 0 ? current : [])), [form.values]);

  // The consent is stamped when the draft is taken: its time, text and version shown.
  const validDraft = () => {
    const draft = form.validate();
    return draft && consent.withConsent(draft);
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const draft = validDraft();
    if (!draft) {
      setInvalidAttempts((count) => count + 1);
      return;
    }
    const matches = checkDuplicates(draft);
    if (matches.length > 0) {
      setDuplicates(matches);
      return;
    }
    void save(draft);
  };

  const handleSaveAnyway = () => {
    const draft = validDraft();
    if (draft) void save(draft);
  };

  const handleOpenExisting = (lead: Lead) => {
    onLeave?.();
    navigate(paths.lead(lead.id));
  };

  // The new lead is saved, then merged into the existing one (which keeps its values where set).
  const handleMergeInto = async (existing: Lead) => {
    const draft = validDraft();
    if (!draft) return;
    setMerging(true);
    try {
      const created = await createLead(draft);
      const merged = await mergeLeads({ primaryId: existing.id, secondaryId: created.id });
      form.reset(emptyLeadFormValues({ source: form.values.source, eventId: form.values.eventId }));
      setDuplicates([]);
      firstFieldRef.current?.focus();
      notifications.show({
        message: t('qualification.duplicates.merged', { name: leadDisplayName(merged, t) }),
        color: 'teal',
        icon: <IconCheck size={18} />,
        autoClose: 2500,
      });
    } catch (error) {
      notifications.show({
        title: t('leads.capture.failed'),
        message: errorMessage(error, t),
        color: 'red',
      });
    } finally {
      setMerging(false);
    }
  };

  const save = async (draft: LeadDraftInput) => {
    setDuplicates([]);
    // Clear at once so the next lead can be typed while this one is written.
    const submitted = form.values;
    form.reset(emptyLeadFormValues({ source: submitted.source, eventId: submitted.eventId }));
    firstFieldRef.current?.focus();
    try {
      const lead = await createLead(draft);
      setSavedCount((count) => count + 1);
      notifications.show({
        title: t('leads.capture.saved'),
        message: t('leads.capture.savedMessage', { name: leadDisplayName(lead, t) }),
        color: 'teal',
        icon: <IconCheck size={18} />,
        autoClose: 2500,
      });
    } catch (error) {
      form.reset(submitted);
      if (error instanceof LeadValidationError) {
        form.showIssues(error.issues);
        setInvalidAttempts((count) => count + 1);
      } else {
        notifications.show({
          title: t('leads.capture.failed'),
          message: errorMessage(error, t),
          color: 'red',
        });
      }
    }
  };

  // Enter in a single-line field submits natively; Ctrl/Cmd+Enter also saves from Notes.
  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  return (
    <form ref={formRef} onSubmit={handleSubmit} onKeyDown={handleKeyDown} noValidate>
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t('leads.capture.hint')}
        </Text>
        <LeadFormFields
          form={form}
          eventOptions={eventOptions}
          firstFieldRef={firstFieldRef}
          consentText={consent.shown}
        />
        {duplicates.length > 0 && (
          <DuplicateWarning
            matches={duplicates}
            busy={merging}
            onOpen={handleOpenExisting}
            onMerge={(lead) => void handleMergeInto(lead)}
            onSaveAnyway={handleSaveAnyway}
          />
        )}
        <Box
          pos="sticky"
          bottom={0}
          py="md"
          bg="var(--mantine-color-body)"
          style={{ borderTop: '1px solid var(--fb-border)', zIndex: 1 }}
        >
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" c="dimmed" role="status" aria-live="polite">
              {savedCount > 0 ? t('leads.capture.sessionCount', { count: savedCount }) : ''}
            </Text>
            <Button
              type="submit"
              rightSection={
                <Kbd size="xs" aria-hidden>
                  Enter
                </Kbd>
              }
            >
              {t('leads.capture.save')}
            </Button>
          </Group>
        </Box>
      </Stack>
    </form>
  );
}
